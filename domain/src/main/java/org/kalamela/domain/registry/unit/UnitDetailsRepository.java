package org.kalamela.domain.registry.unit;

import java.util.Optional;
import org.kalamela.domain.shared.id.UnitId;

/** Outbound port: the details each unit states on its registration form, one set per unit. */
public interface UnitDetailsRepository {

    Optional<UnitDetails> findByUnit(UnitId unit);

    /** Stores the unit's details, replacing any stored before. */
    void save(UnitDetails details);
}
