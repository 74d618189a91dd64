package org.kalamela.application.registry.district;

import java.time.Clock;
import java.util.Map;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictListPolicy;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * What the admin's district verbs share: the lookup, the unique-name check, the limits' defaults and the
 * audit entry. The admin keeps the list of clergy districts; a district is deleted only while nothing
 * refers to it, one with data is deactivated instead, and every change is audited. Not a bean: each use case
 * makes its own, so the verbs stay separate classes with one entry point each.
 */
final class DistrictAdmin {

    private final DistrictRepository districts;
    private final AuditLog audit;
    private final Clock clock;

    DistrictAdmin(DistrictRepository districts, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    District find(DistrictId id) {
        return districts.findById(id).orElseThrow(() -> new NotFound("district", id));
    }

    void requireFreeName(String name, DistrictId self) {
        DistrictListPolicy.requireFreeName(districts.findByName(name), self);
    }

    /** Limits not given are 0: no conference delegates until the admin sets them. */
    static ConferenceLimits limits(Integer officials, Integer members) {
        return new ConferenceLimits(orZero(officials), orZero(members));
    }

    District setActive(DistrictId id, boolean active, Actor actor) {
        actor.require(Role.ADMIN);
        District district = find(id);
        if (district.active() == active) {
            return district;
        }
        District changed = district.withActive(active);
        districts.update(changed);
        record(actor, active ? "DISTRICT_REACTIVATED" : "DISTRICT_DEACTIVATED", changed, Map.of());
        return changed;
    }

    void record(Actor actor, String action, District district, Map<String, String> details) {
        audit.record(AuditEntry.by(actor, action, "district", district.id(), clock.instant(), details));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
