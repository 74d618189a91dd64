package org.kalamela.application.festival.fees;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.payment.query.PaymentFilter;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.application.payment.query.PaymentRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin's list of Kalamela payments of an edition (the current one by default), filtered and paged. */
@UseCase
public class ListKalamelaPayments {

    private final CurrentEdition currentEdition;
    private final PaymentListReader reader;

    @Inject
    public ListKalamelaPayments(CurrentEdition currentEdition, PaymentListReader reader) {
        this.currentEdition = currentEdition;
        this.reader = reader;
    }

    public record Query(EditionYear edition, Optional<PaymentStatus> status, Optional<DistrictId> district,
                        PageRequest page) {
    }

    /** @throws org.kalamela.domain.shared.error.NotFound {@code NO_CURRENT_EDITION}, {@code NOT_FOUND} (edition) */
    @Transactional
    public Page<PaymentRow> execute(Query query, Actor actor) {
        actor.require(Role.ADMIN);
        return reader.list(new PaymentFilter(KalamelaAccounts.scopeOf(currentEdition.orCurrent(query.edition())),
                query.status(), query.district()), query.page());
    }
}
