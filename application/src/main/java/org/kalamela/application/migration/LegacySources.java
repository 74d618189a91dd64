package org.kalamela.application.migration;

/** Outbound port: opens the old app's database for reading. */
public interface LegacySources {

    /**
     * Connects read-only to the database.
     *
     * @throws LegacySourceUnavailable when it cannot be reached, refuses the credentials or lacks the old tables
     */
    LegacySource open(LegacyDatabase database);
}
