package org.kalamela.domain.registry.officials;

import java.util.Objects;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** A member a unit has chosen as one of its councilors. */
public record Councilor(UnitId unitId, MemberId memberId) {

    public Councilor {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
