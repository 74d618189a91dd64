package org.kalamela.domain.festival.appeal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The admin's decision on an appeal: accepted or rejected, the reply given to the appellant, by whom and when,
 * what became of the fee, and the entry's result the decision was taken on (absent for an entry the result
 * left out, which cannot happen for a drawn entry but is not assumed).
 */
public record AppealDecision(boolean accepted, AppealReply reply, AccountId decidedBy, Instant decidedAt,
                             FeeOutcome fee, Optional<ResultBefore> before) {

    public AppealDecision {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(fee, "fee");
        before = before == null ? Optional.empty() : before;
        if (fee != (accepted ? FeeOutcome.REFUNDED : FeeOutcome.KEPT)) {
            throw new IllegalArgumentException("an accepted appeal's fee is refunded, a rejected one's kept");
        }
    }
}
