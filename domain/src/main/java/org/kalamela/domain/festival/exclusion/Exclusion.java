package org.kalamela.domain.festival.exclusion;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

/** A stored exclusion of a member from an edition; see {@link NewExclusion}. */
public record Exclusion(ExclusionId id, EditionYear edition, MemberId memberId, String reason,
                        AccountId excludedBy, Instant excludedAt) {

    public Exclusion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(excludedBy, "excludedBy");
        Objects.requireNonNull(excludedAt, "excludedAt");
    }
}
