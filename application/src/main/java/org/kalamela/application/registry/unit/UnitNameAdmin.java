package org.kalamela.application.registry.unit;

import java.time.Clock;
import java.util.Map;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameListPolicy;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * What the admin's unit-name verbs share: the lookup, the check that a name is unique in its district, the
 * switch between active and inactive, and the audit entry. The admin keeps each district's list of unit
 * names; an inactive name is not offered for registration, a registered unit keeps working, and a unit name
 * is deleted only while nothing refers to it. Not a bean: each use case makes its own.
 */
final class UnitNameAdmin {

    private final UnitNameRepository unitNames;
    private final AuditLog audit;
    private final Clock clock;

    UnitNameAdmin(UnitNameRepository unitNames, AuditLog audit, Clock clock) {
        this.unitNames = unitNames;
        this.audit = audit;
        this.clock = clock;
    }

    UnitName find(UnitId id) {
        return unitNames.findById(id).orElseThrow(() -> new NotFound("unit", id));
    }

    void requireFreeName(DistrictId district, String name, UnitId self) {
        UnitNameListPolicy.requireFreeName(unitNames.findByName(district, name), self);
    }

    UnitName setActive(UnitId id, boolean active, Actor actor) {
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

    void record(Actor actor, String action, UnitName unit, Map<String, String> details) {
        audit.record(AuditEntry.by(actor, action, "unit", unit.id(), clock.instant(), details));
    }
}
