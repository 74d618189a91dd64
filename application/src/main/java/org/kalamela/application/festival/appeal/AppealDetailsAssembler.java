package org.kalamela.application.festival.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.application.festival.query.AppealListReader;
import org.kalamela.application.payment.payment.PaymentFinder;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.NotFound;

/**
 * Finds an appeal as the actor may see it (the admin every one, an official the district's own; another
 * district's is 404) and puts its details together. Runs inside the calling use case's transaction.
 */
@ApplicationScoped
public class AppealDetailsAssembler {

    private final AppealRepository appeals;
    private final AppealListReader rows;
    private final AppealFees fees;
    private final PaymentFinder payments;

    @Inject
    public AppealDetailsAssembler(AppealRepository appeals, AppealListReader rows, AppealFees fees,
                                  PaymentFinder payments) {
        this.appeals = appeals;
        this.rows = rows;
        this.fees = fees;
        this.payments = payments;
    }

    /** @throws NotFound {@code NOT_FOUND} for a missing appeal or another district's */
    public Appeal visible(AppealId id, Actor actor) {
        return appeals.find(id).filter(appeal -> actor.mayAccessDistrict(appeal.district()))
                .orElseThrow(() -> new NotFound("Appeal", id));
    }

    /** As {@link #visible}, and locks the appeal until the transaction ends. */
    public Appeal lockVisible(AppealId id, Actor actor) {
        return appeals.lock(id).filter(appeal -> actor.mayAccessDistrict(appeal.district()))
                .orElseThrow(() -> new NotFound("Appeal", id));
    }

    public AppealDetails of(Appeal appeal) {
        return new AppealDetails(rows.find(appeal.id()).orElseThrow(), appeal,
                fees.latest(appeal).map(payments::details));
    }
}
