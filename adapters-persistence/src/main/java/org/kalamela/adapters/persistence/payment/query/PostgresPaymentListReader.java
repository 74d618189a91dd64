package org.kalamela.adapters.persistence.payment.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.payment.query.PaymentFilter;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.application.payment.query.PaymentRow;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Money;

/**
 * The admin's list of payments of a scope with district names, time of the last move and number of proofs:
 * one query for the page and one for the total, whatever the number of payments.
 */
@ApplicationScoped
public class PostgresPaymentListReader implements PaymentListReader {

    private final EntityManager em;

    @Inject
    public PostgresPaymentListReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<PaymentRow> list(PaymentFilter filter, PageRequest page) {
        String from = " FROM payments p JOIN districts d ON d.id = p.district_id WHERE p.purpose = :purpose AND p."
                + scopeColumn(filter.scope().purpose()) + " = :scope"
                + filter.status().map(s -> " AND p.status = :status").orElse("")
                + filter.district().map(d -> " AND p.district_id = :district").orElse("");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bound(em.createNativeQuery("SELECT p.id, p.district_id, d.name, p.amount, p.status,"
                + " p.created_at, (SELECT max(t.at) FROM payment_transitions t WHERE t.payment_id = p.id),"
                + " (SELECT count(*) FROM payment_proofs f WHERE f.payment_id = p.id)" + from
                + " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit OFFSET :offset"), filter)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        long total = Columns.number(bound(em.createNativeQuery("SELECT count(*)" + from), filter).getSingleResult());
        return Page.of(rows.stream().map(row -> new PaymentRow(PaymentId.of(Columns.number(row[0])),
                DistrictId.of(Columns.number(row[1])), Columns.text(row[2]),
                new Money((BigDecimal) row[3]), PaymentStatus.valueOf(Columns.text(row[4])),
                Columns.instant(row[5]), Columns.instant(row[6]), Columns.number(row[7]))).toList(), page, total);
    }

    private static Query bound(Query query, PaymentFilter filter) {
        query.setParameter("purpose", filter.scope().purpose().name())
                .setParameter("scope", filter.scope().reference());
        filter.status().ifPresent(status -> query.setParameter("status", status.name()));
        filter.district().ifPresent(district -> query.setParameter("district", district.value()));
        return query;
    }

    private static String scopeColumn(PaymentPurpose purpose) {
        return switch (purpose) {
            case KALAMELA_FEES -> "edition_year";
            case CONFERENCE_FEES -> "conference_id";
            case APPEAL_FEE -> "appeal_id";
        };
    }
}
