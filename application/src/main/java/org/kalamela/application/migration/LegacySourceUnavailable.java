package org.kalamela.application.migration;

/**
 * The old database could not be read (unreachable, wrong credentials, a table missing). Not a domain error:
 * the import has not started, nothing was written, and the operator fixes the command line or the database.
 */
public class LegacySourceUnavailable extends RuntimeException {

    public LegacySourceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
