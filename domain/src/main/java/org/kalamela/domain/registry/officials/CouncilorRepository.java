package org.kalamela.domain.registry.officials;

import java.util.List;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** Outbound port: the members each unit has chosen as councilors. */
public interface CouncilorRepository {

    /** The unit's councilors, in the order they were chosen. */
    List<Councilor> findByUnit(UnitId unit);

    /** Makes exactly these members (of the unit, no repeats) the unit's councilors, in this order. */
    void replace(UnitId unit, List<MemberId> members);

    /** Drops the member from the councilors of their unit, if they were one (the member is being removed). */
    void removeMember(MemberId member);
}
