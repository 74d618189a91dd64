package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** The record of the signed-in unit account's own unit (see {@link ViewUnitRecord}). */
@UseCase
public class ViewOwnUnitRecord {

    private final ViewUnitRecord records;

    @Inject
    public ViewOwnUnitRecord(ViewUnitRecord records) {
        this.records = records;
    }

    @Transactional
    public UnitRecord execute(Actor actor) {
        actor.require(Role.UNIT);
        return records.execute(actor.unitId(), actor);
    }
}
