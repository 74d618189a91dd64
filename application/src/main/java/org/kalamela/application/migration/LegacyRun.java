package org.kalamela.application.migration;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What every batch of one import run shares: the edition the Kalamela rows go to, the admin account that stands
 * in where the old app named nobody (who registered an entry, who approved a payment), the operator for the
 * audit log, and the time of the run.
 */
public record LegacyRun(Edition edition, AccountId importer, String operator, Instant at) {

    public LegacyRun {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(at, "at");
    }
}
