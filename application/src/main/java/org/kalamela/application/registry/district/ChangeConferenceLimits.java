package org.kalamela.application.registry.district;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.DistrictId;

/** The admin sets how many officials and members a district may send to the conference. */
@UseCase
public class ChangeConferenceLimits {

    /** Limits not given are 0. */
    public record Command(DistrictId districtId, Integer conferenceOfficialLimit, Integer conferenceMemberLimit) {
    }

    private final DistrictRepository districts;
    private final DistrictAdmin admin;

    @Inject
    public ChangeConferenceLimits(DistrictRepository districts, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.admin = new DistrictAdmin(districts, audit, clock);
    }

    @Transactional
    public District execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        District district = admin.find(command.districtId());
        ConferenceLimits limits = DistrictAdmin.limits(command.conferenceOfficialLimit(),
                command.conferenceMemberLimit());
        District changed = district.withConferenceLimits(limits);
        districts.update(changed);
        admin.record(actor, "DISTRICT_CONFERENCE_LIMITS_CHANGED", changed, Map.of(
                "officials", district.conferenceLimits().officials() + " -> " + limits.officials(),
                "members", district.conferenceLimits().members() + " -> " + limits.members()));
        return changed;
    }
}
