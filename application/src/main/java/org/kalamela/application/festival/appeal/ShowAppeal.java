package org.kalamela.application.festival.appeal;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** An appeal with its fee payment and decision: the admin sees every one, an official the district's own. */
@UseCase
public class ShowAppeal {

    private final AppealDetailsAssembler assembler;

    @Inject
    public ShowAppeal(AppealDetailsAssembler assembler) {
        this.assembler = assembler;
    }

    /** @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for a missing or another district's */
    @Transactional(TxType.SUPPORTS)
    public AppealDetails execute(AppealId id, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        return assembler.of(assembler.visible(id, actor));
    }
}
