package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.festival.query.KalamelaPreviewReader;
import org.kalamela.application.festival.query.KalamelaPreviewRow;
import org.kalamela.application.festival.query.KalamelaPreviewRow.LatestPayment;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.fees.EntryCounts;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * The previews' figures in one statement: per district, counts of its entries and teams (the scope indexes),
 * the sum of its approved Kalamela payments and its latest one (the payments' district index).
 */
@ApplicationScoped
public class PostgresKalamelaPreviewReader implements KalamelaPreviewReader {

    private final EntityManager em;

    @Inject
    public PostgresKalamelaPreviewReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<KalamelaPreviewRow> rows(EditionYear edition, Optional<DistrictId> district) {
        Query query = em.createNativeQuery("""
                SELECT d.id, d.name,
                       (SELECT count(*) FROM individual_entries e
                        WHERE e.edition_year = :edition AND e.district_id = d.id),
                       (SELECT count(*) FROM teams t WHERE t.edition_year = :edition AND t.district_id = d.id),
                       (SELECT coalesce(sum(p.amount), 0) FROM payments p
                        WHERE p.purpose = 'KALAMELA_FEES' AND p.edition_year = :edition AND p.district_id = d.id
                          AND p.status = 'APPROVED'),
                       latest.id, latest.amount, latest.status, latest.created_at
                FROM districts d
                LEFT JOIN LATERAL (SELECT p.id, p.amount, p.status, p.created_at FROM payments p
                                   WHERE p.purpose = 'KALAMELA_FEES' AND p.edition_year = :edition
                                     AND p.district_id = d.id
                                   ORDER BY p.created_at DESC, p.id DESC LIMIT 1) latest ON TRUE
                """ + (district.isPresent() ? "WHERE d.id = :district " : "") + "ORDER BY upper(d.name), d.id")
                .setParameter("edition", edition.value());
        district.ifPresent(id -> query.setParameter("district", id.value()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(PostgresKalamelaPreviewReader::row).toList();
    }

    private static KalamelaPreviewRow row(Object[] row) {
        Optional<LatestPayment> latest = row[5] == null ? Optional.empty() : Optional.of(new LatestPayment(
                PaymentId.of(Columns.number(row[5])), new Money((BigDecimal) row[6]),
                PaymentStatus.valueOf(Columns.text(row[7])), Columns.instant(row[8])));
        return new KalamelaPreviewRow(DistrictId.of(Columns.number(row[0])), Columns.text(row[1]),
                new EntryCounts(Columns.number(row[2]), Columns.number(row[3])), new Money((BigDecimal) row[4]),
                latest);
    }
}
