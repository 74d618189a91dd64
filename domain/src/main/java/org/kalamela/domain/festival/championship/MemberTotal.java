package org.kalamela.domain.festival.championship;

import java.util.Objects;
import org.kalamela.domain.shared.id.MemberId;

/** A member's total of individual points over the individual events in which they have a scored entry. */
public record MemberTotal(MemberId member, int points, int events) {

    public MemberTotal {
        Objects.requireNonNull(member, "member");
        if (points < 0 || events < 1) {
            throw new IllegalArgumentException("points 0 or more, events 1 or more: " + points + ", " + events);
        }
    }
}
