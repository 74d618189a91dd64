package org.kalamela.domain.festival.judging;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;

/** When a sheet was submitted and by whom: the judge, or an admin entering the judge's paper sheet. */
public record Submission(Instant at, AccountId by, boolean byTabulator) {

    public Submission {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
