package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.validation.Validation;

/** The admin adds a unit name to a district, under a name the district does not have yet. */
@UseCase
public class CreateUnitName {

    public record Command(DistrictId districtId, String name) {
    }

    private final DistrictRepository districts;
    private final UnitNameRepository unitNames;
    private final UnitNameAdmin admin;

    @Inject
    public CreateUnitName(DistrictRepository districts, UnitNameRepository unitNames, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.unitNames = unitNames;
        this.admin = new UnitNameAdmin(unitNames, audit, clock);
    }

    @Transactional
    public UnitName execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(command.districtId(), "districtId").throwIfInvalid();
        if (districts.findById(command.districtId()).isEmpty()) {
            throw new NotFound("district", command.districtId());
        }
        String name = Names.require(command.name(), "name");
        admin.requireFreeName(command.districtId(), name, null);
        UnitName created = unitNames.create(command.districtId(), name);
        admin.record(actor, "UNIT_NAME_CREATED", created, Map.of("name", created.name(),
                "districtId", created.districtId().toString()));
        return created;
    }
}
