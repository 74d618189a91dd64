package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.CertificateFilter;
import org.kalamela.application.festival.query.CertificateReader;
import org.kalamela.application.festival.query.CertificateRow;
import org.kalamela.application.festival.query.CertificateVerification;
import org.kalamela.domain.festival.certificate.CertificateSerial;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * Certificates as verified (one query by the unique serial) and as printed in bulk (the valid ones of the
 * filter, read through a cursor in the order they are handed out: district, unit, event, name).
 */
@ApplicationScoped
public class PostgresCertificateReader implements CertificateReader {

    private static final String NAMES = """
            FROM certificates c
            JOIN members m ON m.id = c.member_id
            JOIN festival_events e ON e.id = c.event_id
            JOIN units u ON u.id = c.unit_id
            JOIN districts d ON d.id = c.district_id""";

    private final EntityManager em;

    @Inject
    public PostgresCertificateReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CertificateVerification> verification(CertificateSerial serial) {
        List<?> rows = em.createNativeQuery("""
                        SELECT c.serial, m.name, e.name, c.edition_year, c.grade, c.rank, u.name, d.name, c.issued_at,
                               c.voided_at, c.replaced_by
                        """ + NAMES + " WHERE c.serial = :serial")
                .setParameter("serial", serial.value()).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(r -> new CertificateVerification(
                new CertificateSerial(Columns.text(r[0])), Columns.text(r[1]), Columns.text(r[2]),
                EditionYear.of(Columns.integer(r[3])), Optional.ofNullable(r[4]).map(Columns::text),
                Columns.integer(r[5]), Columns.text(r[6]), Columns.text(r[7]), Columns.instant(r[8]),
                Optional.ofNullable(r[9]).map(Columns::instant),
                Optional.ofNullable(r[10]).map(Columns::text).map(CertificateSerial::new)));
    }

    @Override
    public RowSource<CertificateRow> valid(CertificateFilter filter) {
        SqlFilter where = new SqlFilter()
                .when(true, "c.voided_at IS NULL")
                .with(filter.edition().value(), "c.edition_year = :edition", "edition")
                .with(filter.unit().map(u -> u.value()).orElse(null), "c.unit_id = :unit", "unit")
                .with(filter.district().map(d -> d.value()).orElse(null), "c.district_id = :district", "district")
                .with(filter.event().map(e -> e.value()).orElse(null), "c.event_id = :event", "event");
        return FestivalCursor.rows(em, """
                        SELECT c.serial, c.edition_year, m.name, e.name, c.grade, c.rank, u.name, d.name
                        """ + NAMES + where.where() + " ORDER BY d.name, u.name, e.name, m.name, c.id", where,
                r -> new CertificateRow(new CertificateSerial(Columns.text(r[0])),
                        EditionYear.of(Columns.integer(r[1])), Columns.text(r[2]), Columns.text(r[3]),
                        Optional.ofNullable(r[4]).map(Columns::text), Columns.integer(r[5]), Columns.text(r[6]),
                        Columns.text(r[7])));
    }
}
