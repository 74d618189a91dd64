package org.kalamela.application.registry.district;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.DistrictId;

/** The admin deactivates a district: it is no longer offered, its data stays. Idempotent. */
@UseCase
public class DeactivateDistrict {

    private final DistrictAdmin admin;

    @Inject
    public DeactivateDistrict(DistrictRepository districts, AuditLog audit, Clock clock) {
        this.admin = new DistrictAdmin(districts, audit, clock);
    }

    @Transactional
    public District execute(DistrictId id, Actor actor) {
        return admin.setActive(id, false, actor);
    }
}
