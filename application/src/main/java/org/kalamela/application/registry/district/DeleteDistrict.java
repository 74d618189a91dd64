package org.kalamela.application.registry.district;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictListPolicy;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.DistrictId;

/** The admin deletes a district nothing refers to yet (a typo); one with data is deactivated instead. */
@UseCase
public class DeleteDistrict {

    private final DistrictRepository districts;
    private final DistrictAdmin admin;

    @Inject
    public DeleteDistrict(DistrictRepository districts, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.admin = new DistrictAdmin(districts, audit, clock);
    }

    @Transactional
    public void execute(DistrictId id, Actor actor) {
        actor.require(Role.ADMIN);
        District district = admin.find(id);
        DistrictListPolicy.requireDeletable(district, districts.hasData(id));
        districts.delete(id);
        admin.record(actor, "DISTRICT_DELETED", district, Map.of("name", district.name()));
    }
}
