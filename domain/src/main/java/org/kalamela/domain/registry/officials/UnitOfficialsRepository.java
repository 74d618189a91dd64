package org.kalamela.domain.registry.officials;

import java.util.Optional;
import org.kalamela.domain.shared.id.UnitId;

/** Outbound port: the office holders of each unit, one set per unit. */
public interface UnitOfficialsRepository {

    Optional<UnitOfficials> findByUnit(UnitId unit);

    /** Stores the unit's office holders, replacing any stored before. */
    void save(UnitOfficials officials);
}
