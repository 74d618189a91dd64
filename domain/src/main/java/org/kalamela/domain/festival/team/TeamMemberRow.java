package org.kalamela.domain.festival.team;

import java.util.Objects;
import org.kalamela.domain.shared.MemberId;

/** A member of a team as lists show them. */
public record TeamMemberRow(MemberId memberId, String name) {

    public TeamMemberRow {
        Objects.requireNonNull(memberId, "memberId");
    }
}
