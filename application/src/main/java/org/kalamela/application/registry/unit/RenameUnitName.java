package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.UnitId;

/** The admin renames a unit name; the new name must be free in its district. */
@UseCase
public class RenameUnitName {

    public record Command(UnitId unitId, String name) {
    }

    private final UnitNameRepository unitNames;
    private final UnitNameAdmin admin;

    @Inject
    public RenameUnitName(UnitNameRepository unitNames, AuditLog audit, Clock clock) {
        this.unitNames = unitNames;
        this.admin = new UnitNameAdmin(unitNames, audit, clock);
    }

    @Transactional
    public UnitName execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        UnitName unit = admin.find(command.unitId());
        String name = Names.require(command.name(), "name");
        admin.requireFreeName(unit.districtId(), name, unit.id());
        UnitName renamed = unit.renamed(name);
        unitNames.update(renamed);
        admin.record(actor, "UNIT_NAME_RENAMED", renamed, Map.of("from", unit.name(), "to", renamed.name()));
        return renamed;
    }
}
