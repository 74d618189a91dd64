package org.kalamela.application.registry.district;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictListPolicy;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.actor.Role;

/**
 * The admin keeps the list of clergy districts: creates, renames, deactivates and reactivates them and sets
 * their conference limits. A district is deleted only while nothing refers to it; one with data is
 * deactivated instead. Every change is audited.
 */
@UseCase
public class ManageDistricts {

    private final DistrictRepository districts;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ManageDistricts(DistrictRepository districts, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new district; limits not given are 0 (no conference delegates until the admin sets them). */
    public record Create(String name, Integer conferenceOfficialLimit, Integer conferenceMemberLimit) {
    }

    public record Rename(DistrictId districtId, String name) {
    }

    public record ChangeConferenceLimits(DistrictId districtId, Integer conferenceOfficialLimit,
                                         Integer conferenceMemberLimit) {
    }

    @Transactional
    public District create(Create command, Actor actor) {
        actor.require(Role.ADMIN);
        String name = Names.require(command.name(), "name");
        ConferenceLimits limits = new ConferenceLimits(orZero(command.conferenceOfficialLimit()),
                orZero(command.conferenceMemberLimit()));
        requireFreeName(name, null);
        District created = districts.create(name, limits);
        record(actor, "DISTRICT_CREATED", created, Map.of("name", created.name()));
        return created;
    }

    @Transactional
    public District rename(Rename command, Actor actor) {
        actor.require(Role.ADMIN);
        District district = find(command.districtId());
        String name = Names.require(command.name(), "name");
        requireFreeName(name, district.id());
        District renamed = district.renamed(name);
        districts.update(renamed);
        record(actor, "DISTRICT_RENAMED", renamed, Map.of("from", district.name(), "to", renamed.name()));
        return renamed;
    }

    @Transactional
    public District deactivate(DistrictId id, Actor actor) {
        return setActive(id, false, actor);
    }

    @Transactional
    public District reactivate(DistrictId id, Actor actor) {
        return setActive(id, true, actor);
    }

    @Transactional
    public District changeConferenceLimits(ChangeConferenceLimits command, Actor actor) {
        actor.require(Role.ADMIN);
        District district = find(command.districtId());
        ConferenceLimits limits = new ConferenceLimits(orZero(command.conferenceOfficialLimit()),
                orZero(command.conferenceMemberLimit()));
        District changed = district.withConferenceLimits(limits);
        districts.update(changed);
        record(actor, "DISTRICT_CONFERENCE_LIMITS_CHANGED", changed, Map.of(
                "officials", district.conferenceLimits().officials() + " -> " + limits.officials(),
                "members", district.conferenceLimits().members() + " -> " + limits.members()));
        return changed;
    }

    @Transactional
    public void delete(DistrictId id, Actor actor) {
        actor.require(Role.ADMIN);
        District district = find(id);
        DistrictListPolicy.requireDeletable(district, districts.hasData(id));
        districts.delete(id);
        record(actor, "DISTRICT_DELETED", district, Map.of("name", district.name()));
    }

    private District setActive(DistrictId id, boolean active, Actor actor) {
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

    private District find(DistrictId id) {
        return districts.findById(id).orElseThrow(() -> new NotFound("district", id));
    }

    private void requireFreeName(String name, DistrictId self) {
        DistrictListPolicy.requireFreeName(districts.findByName(name), self);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private void record(Actor actor, String action, District district, Map<String, String> details) {
        audit.record(AuditEntry.by(actor, action, "district", district.id(), clock.instant(), details));
    }

    /** One district, active or not (the Location of a created district). */
    @Transactional
    public District show(DistrictId id, Actor actor) {
        actor.require(Role.ADMIN);
        if (id == null) {
            throw new NotFound("district", id);
        }
        return find(id);
    }
}
