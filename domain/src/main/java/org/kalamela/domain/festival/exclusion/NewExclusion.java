package org.kalamela.domain.festival.exclusion;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin's decision that a member may not be entered in an edition's events, with the reason, about to
 * be stored. Exclusions are per edition: a member excluded one year may take part the next.
 */
public record NewExclusion(EditionYear edition, MemberId memberId, String reason, AccountId excludedBy,
                           Instant excludedAt) {

    public static final int MAX_REASON_LENGTH = 500;

    public NewExclusion {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(excludedBy, "excludedBy");
        Objects.requireNonNull(excludedAt, "excludedAt");
        reason = reason == null ? null : reason.trim();
        new Validation()
                .required(reason, "reason")
                .check(reason == null || reason.length() <= MAX_REASON_LENGTH, "reason",
                        "must be at most " + MAX_REASON_LENGTH + " characters")
                .throwIfInvalid();
    }

    public Exclusion withId(ExclusionId id) {
        return new Exclusion(id, edition, memberId, reason, excludedBy, excludedAt);
    }
}
