package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameListPolicy;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.UnitId;

/** The admin deletes a unit name nothing refers to yet; a registered one is deactivated instead. */
@UseCase
public class DeleteUnitName {

    private final UnitNameRepository unitNames;
    private final UnitNameAdmin admin;

    @Inject
    public DeleteUnitName(UnitNameRepository unitNames, AuditLog audit, Clock clock) {
        this.unitNames = unitNames;
        this.admin = new UnitNameAdmin(unitNames, audit, clock);
    }

    @Transactional
    public void execute(UnitId id, Actor actor) {
        actor.require(Role.ADMIN);
        UnitName unit = admin.find(id);
        UnitNameListPolicy.requireDeletable(unit, unitNames.hasData(id));
        unitNames.delete(id);
        admin.record(actor, "UNIT_NAME_DELETED", unit, Map.of("name", unit.name()));
    }
}
