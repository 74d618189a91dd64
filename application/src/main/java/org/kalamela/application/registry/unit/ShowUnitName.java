package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.UnitId;

/** One unit name for the admin, active or not (the Location of a created unit name). */
@UseCase
public class ShowUnitName {

    private final UnitNameRepository unitNames;

    @Inject
    public ShowUnitName(UnitNameRepository unitNames) {
        this.unitNames = unitNames;
    }

    @Transactional
    public UnitName execute(UnitId id, Actor actor) {
        actor.require(Role.ADMIN);
        return (id == null ? Optional.<UnitName>empty() : unitNames.findById(id))
                .orElseThrow(() -> new NotFound("unit", id));
    }
}
