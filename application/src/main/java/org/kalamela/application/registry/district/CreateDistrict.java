package org.kalamela.application.registry.district;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditLog;

/** The admin adds a clergy district under a name no other district has. */
@UseCase
public class CreateDistrict {

    /** A new district; limits not given are 0 (no conference delegates until the admin sets them). */
    public record Command(String name, Integer conferenceOfficialLimit, Integer conferenceMemberLimit) {
    }

    private final DistrictRepository districts;
    private final DistrictAdmin admin;

    @Inject
    public CreateDistrict(DistrictRepository districts, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.admin = new DistrictAdmin(districts, audit, clock);
    }

    @Transactional
    public District execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        String name = Names.require(command.name(), "name");
        var limits = DistrictAdmin.limits(command.conferenceOfficialLimit(), command.conferenceMemberLimit());
        admin.requireFreeName(name, null);
        District created = districts.create(name, limits);
        admin.record(actor, "DISTRICT_CREATED", created, Map.of("name", created.name()));
        return created;
    }
}
