package org.kalamela.application.festival.query;

import java.util.Objects;
import org.kalamela.domain.shared.id.MemberId;

/** A member of a team as lists show them. */
public record TeamMemberRow(MemberId memberId, String name) {

    public TeamMemberRow {
        Objects.requireNonNull(memberId, "memberId");
    }
}
