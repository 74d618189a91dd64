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
import org.kalamela.domain.shared.id.DistrictId;

/** The admin renames a district; the new name must be free. */
@UseCase
public class RenameDistrict {

    public record Command(DistrictId districtId, String name) {
    }

    private final DistrictRepository districts;
    private final DistrictAdmin admin;

    @Inject
    public RenameDistrict(DistrictRepository districts, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.admin = new DistrictAdmin(districts, audit, clock);
    }

    @Transactional
    public District execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        District district = admin.find(command.districtId());
        String name = Names.require(command.name(), "name");
        admin.requireFreeName(name, district.id());
        District renamed = district.renamed(name);
        districts.update(renamed);
        admin.record(actor, "DISTRICT_RENAMED", renamed, Map.of("from", district.name(), "to", renamed.name()));
        return renamed;
    }
}
