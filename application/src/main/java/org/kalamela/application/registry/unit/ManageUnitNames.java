package org.kalamela.application.registry.unit;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameListPolicy;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin keeps each district's list of unit names: creates, renames, deactivates and reactivates them.
 * An inactive name is not offered for registration; a registered unit keeps working. A unit name is
 * deleted only while nothing refers to it. Every change is audited.
 */
@UseCase
public class ManageUnitNames {

    private final DistrictRepository districts;
    private final UnitNameRepository unitNames;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ManageUnitNames(DistrictRepository districts, UnitNameRepository unitNames, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.unitNames = unitNames;
        this.audit = audit;
        this.clock = clock;
    }

    public record Create(DistrictId districtId, String name) {
    }

    public record Rename(UnitId unitId, String name) {
    }

    @Transactional
    public UnitName create(Create command, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(command.districtId(), "districtId").throwIfInvalid();
        if (districts.findById(command.districtId()).isEmpty()) {
            throw new NotFound("district", command.districtId());
        }
        String name = Names.require(command.name(), "name");
        requireFreeName(command.districtId(), name, null);
        UnitName created = unitNames.create(command.districtId(), name);
        record(actor, "UNIT_NAME_CREATED", created, Map.of("name", created.name(),
                "districtId", created.districtId().toString()));
        return created;
    }

    @Transactional
    public UnitName rename(Rename command, Actor actor) {
        actor.require(Role.ADMIN);
        UnitName unit = find(command.unitId());
        String name = Names.require(command.name(), "name");
        requireFreeName(unit.districtId(), name, unit.id());
        UnitName renamed = unit.renamed(name);
        unitNames.update(renamed);
        record(actor, "UNIT_NAME_RENAMED", renamed, Map.of("from", unit.name(), "to", renamed.name()));
        return renamed;
    }

    @Transactional
    public UnitName deactivate(UnitId id, Actor actor) {
        return setActive(id, false, actor);
    }

    @Transactional
    public UnitName reactivate(UnitId id, Actor actor) {
        return setActive(id, true, actor);
    }

    @Transactional
    public void delete(UnitId id, Actor actor) {
        actor.require(Role.ADMIN);
        UnitName unit = find(id);
        UnitNameListPolicy.requireDeletable(unit, unitNames.hasData(id));
        unitNames.delete(id);
        record(actor, "UNIT_NAME_DELETED", unit, Map.of("name", unit.name()));
    }

    private UnitName setActive(UnitId id, boolean active, Actor actor) {
        actor.require(Role.ADMIN);
        UnitName unit = find(id);
        if (unit.active() == active) {
            return unit;
        }
        UnitName changed = unit.withActive(active);
        unitNames.update(changed);
        record(actor, active ? "UNIT_NAME_REACTIVATED" : "UNIT_NAME_DEACTIVATED", changed, Map.of());
        return changed;
    }

    private UnitName find(UnitId id) {
        return unitNames.findById(id).orElseThrow(() -> new NotFound("unit", id));
    }

    private void requireFreeName(DistrictId district, String name, UnitId self) {
        UnitNameListPolicy.requireFreeName(unitNames.findByName(district, name), self);
    }

    private void record(Actor actor, String action, UnitName unit, Map<String, String> details) {
        audit.record(AuditEntry.by(actor, action, "unit", unit.id(), clock.instant(), details));
    }

    /** One unit name, active or not (the Location of a created unit name). */
    @Transactional
    public UnitName show(UnitId id, Actor actor) {
        actor.require(Role.ADMIN);
        return (id == null ? Optional.<UnitName>empty() : unitNames.findById(id))
                .orElseThrow(() -> new NotFound("unit", id));
    }
}
