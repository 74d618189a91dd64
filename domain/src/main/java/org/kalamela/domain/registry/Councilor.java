package org.kalamela.domain.registry;

import java.util.Objects;
import org.kalamela.domain.shared.MemberId;
import org.kalamela.domain.shared.UnitId;

/** A member a unit has chosen as one of its councilors. */
public record Councilor(UnitId unitId, MemberId memberId) {

    public Councilor {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
