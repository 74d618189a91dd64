package org.kalamela.application.festival.appeal;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * The district's official opens the fee payment of an appeal of the district filed publicly (an official's own
 * appeal has one from the start, and a rejected proof is replaced on the same payment): the edition's appeal fee,
 * awaiting the proof. Audited by the payments.
 */
@UseCase
public class OpenAppealFeePayment {

    private final AppealDetailsAssembler assembler;
    private final AppealFees fees;
    private final EditionRepository editions;

    @Inject
    public OpenAppealFeePayment(AppealDetailsAssembler assembler, AppealFees fees, EditionRepository editions) {
        this.assembler = assembler;
        this.fees = fees;
        this.editions = editions;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for a missing appeal or another
     *         district's
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code PAYMENT_ALREADY_OPEN}, {@code APPEAL_FEE_PAID},
     *         {@code ILLEGAL_APPEAL_TRANSITION} once the fee is confirmed
     */
    @Transactional
    public AppealDetails execute(AppealId id, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Appeal appeal = assembler.lockVisible(id, actor);
        Edition edition = editions.findByYear(appeal.edition()).orElseThrow();
        fees.open(appeal, edition, actor);
        return assembler.of(appeal);
    }
}
