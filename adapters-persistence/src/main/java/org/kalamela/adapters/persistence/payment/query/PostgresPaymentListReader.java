package org.kalamela.adapters.persistence.payment.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.payment.query.PaymentFilter;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.application.payment.query.PaymentRow;
import org.kalamela.application.payment.query.PaymentStanding;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Money;

/**
 * The admin's list of payments of a scope with district names, time of the last move and number of proofs:
 * one query for the page and one for the total, whatever the number of payments; the same rows streamed for an
 * export; and every district's standing in a scope in one query.
 */
@ApplicationScoped
public class PostgresPaymentListReader implements PaymentListReader {

    private static final String SELECT = "SELECT p.id, p.district_id, d.name, p.amount, p.status, p.created_at,"
            + " (SELECT max(t.at) FROM payment_transitions t WHERE t.payment_id = p.id),"
            + " (SELECT count(*) FROM payment_proofs f WHERE f.payment_id = p.id)";
    private static final String ORDER = " ORDER BY p.created_at DESC, p.id DESC";
    private static final int FETCH_SIZE = 500;

    private final EntityManager em;

    @Inject
    public PostgresPaymentListReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<PaymentRow> list(PaymentFilter filter, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bound(em.createNativeQuery(SELECT + from(filter) + ORDER
                + " LIMIT :limit OFFSET :offset"), filter)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        long total = Columns.number(bound(em.createNativeQuery("SELECT count(*)" + from(filter)), filter)
                .getSingleResult());
        return Page.of(rows.stream().map(PostgresPaymentListReader::row).toList(), page, total);
    }

    @Override
    public RowSource<PaymentRow> all(PaymentFilter filter) {
        return sink -> {
            @SuppressWarnings("unchecked")
            Stream<Object[]> rows = bound(em.createNativeQuery(SELECT + from(filter) + ORDER), filter)
                    .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream();
            try (rows) {
                rows.map(PostgresPaymentListReader::row).forEach(sink);
            }
        };
    }

    @Override
    public Map<DistrictId, PaymentStanding> standings(PaymentScope scope) {
        // One pass over the scope's payments (the district index): the approved sum per district, and the
        // status of the district's last created payment picked by DISTINCT ON in the same statement.
        String column = scopeColumn(scope.purpose());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT latest.district_id, sums.approved, latest.status
                        FROM (SELECT DISTINCT ON (p.district_id) p.district_id, p.status FROM payments p
                              WHERE p.purpose = :purpose AND p.%1$s = :scope
                              ORDER BY p.district_id, p.created_at DESC, p.id DESC) latest
                        JOIN (SELECT p.district_id,
                                     coalesce(sum(p.amount) FILTER (WHERE p.status = 'APPROVED'), 0) AS approved
                              FROM payments p WHERE p.purpose = :purpose AND p.%1$s = :scope
                              GROUP BY p.district_id) sums ON sums.district_id = latest.district_id
                        """.formatted(column))
                .setParameter("purpose", scope.purpose().name())
                .setParameter("scope", scope.reference())
                .getResultList();
        Map<DistrictId, PaymentStanding> standings = new LinkedHashMap<>();
        for (Object[] row : rows) {
            DistrictId district = DistrictId.of(Columns.number(row[0]));
            standings.put(district, new PaymentStanding(district, new Money((BigDecimal) row[1]),
                    PaymentStatus.valueOf(Columns.text(row[2]))));
        }
        return standings;
    }

    private static String from(PaymentFilter filter) {
        return " FROM payments p JOIN districts d ON d.id = p.district_id WHERE p.purpose = :purpose AND p."
                + scopeColumn(filter.scope().purpose()) + " = :scope"
                + filter.status().map(s -> " AND p.status = :status").orElse("")
                + filter.district().map(d -> " AND p.district_id = :district").orElse("");
    }

    private static PaymentRow row(Object[] row) {
        return new PaymentRow(PaymentId.of(Columns.number(row[0])), DistrictId.of(Columns.number(row[1])),
                Columns.text(row[2]), new Money((BigDecimal) row[3]), PaymentStatus.valueOf(Columns.text(row[4])),
                Columns.instant(row[5]), Columns.instant(row[6]), Columns.number(row[7]));
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
