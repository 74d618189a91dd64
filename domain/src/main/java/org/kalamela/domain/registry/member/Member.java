package org.kalamela.domain.registry.member;

import java.util.Objects;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** A member of a unit, as stored. */
public record Member(MemberId id, UnitId unitId, MemberDetails details) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(details, "details");
    }

    public Member withDetails(MemberDetails changed) {
        return new Member(id, unitId, changed);
    }
}
