package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.UnitId;

/** The admin reactivates a deactivated unit name. Idempotent. */
@UseCase
public class ReactivateUnitName {

    private final UnitNameAdmin admin;

    @Inject
    public ReactivateUnitName(UnitNameRepository unitNames, AuditLog audit, Clock clock) {
        this.admin = new UnitNameAdmin(unitNames, audit, clock);
    }

    @Transactional
    public UnitName execute(UnitId id, Actor actor) {
        return admin.setActive(id, true, actor);
    }
}
