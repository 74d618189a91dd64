package org.kalamela.domain.festival.chest;

import java.util.Objects;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.id.MemberId;

/** A member with individual entries but no chest number yet, and the series their number comes from. */
public record UnnumberedParticipant(MemberId memberId, Seniority seniority) {

    public UnnumberedParticipant {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(seniority, "seniority");
    }
}
