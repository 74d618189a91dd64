package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.festival.query.EntryListReader;
import org.kalamela.application.festival.query.IndividualEntryFilter;
import org.kalamela.application.festival.query.IndividualEntryRow;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Individual entries with names and chest numbers: one query for the rows, one more for a page's total. */
@ApplicationScoped
public class PostgresEntryListReader implements EntryListReader {

    private static final String COLUMNS = "SELECT ie.id, ie.event_id, e.name, ie.member_id, m.name, m.unit_id, u.name,"
            + " ie.district_id, d.name, ie.seniority, c.number";
    private static final String FROM = " FROM individual_entries ie JOIN festival_events e ON e.id = ie.event_id"
            + " JOIN members m ON m.id = ie.member_id JOIN units u ON u.id = m.unit_id"
            + " JOIN districts d ON d.id = ie.district_id"
            + " LEFT JOIN chest_numbers c ON c.edition_year = ie.edition_year AND c.member_id = ie.member_id"
            + " AND c.is_current";
    private static final String ORDER = " ORDER BY ie.event_id, d.name, u.name, m.name, ie.id";

    private final EntityManager em;

    @Inject
    public PostgresEntryListReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<IndividualEntryRow> find(EditionYear edition, IndividualEntryFilter filter, PageRequest page) {
        SqlFilter where = where(edition, filter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery(COLUMNS + FROM + where.where() + ORDER
                        + " LIMIT :limit OFFSET :offset"))
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        long total = Columns.number(where.bind(em.createNativeQuery("SELECT count(*)" + FROM + where.where()))
                .getSingleResult());
        return Page.of(rows.stream().map(PostgresEntryListReader::row).toList(), page, total);
    }

    @Override
    public List<IndividualEntryRow> findAll(EditionYear edition, IndividualEntryFilter filter) {
        SqlFilter where = where(edition, filter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery(COLUMNS + FROM + where.where() + ORDER)).getResultList();
        return rows.stream().map(PostgresEntryListReader::row).toList();
    }

    private static SqlFilter where(EditionYear edition, IndividualEntryFilter filter) {
        return new SqlFilter()
                .with(edition.value(), "ie.edition_year = :edition", "edition")
                .with(filter.districtId() == null ? null : filter.districtId().value(), "ie.district_id = :district",
                        "district")
                .with(filter.unitId() == null ? null : filter.unitId().value(), "m.unit_id = :unit", "unit")
                .with(filter.eventId() == null ? null : filter.eventId().value(), "ie.event_id = :event", "event")
                .with(filter.seniority() == null ? null : filter.seniority().name(), "ie.seniority = :seniority",
                        "seniority");
    }

    private static IndividualEntryRow row(Object[] row) {
        return new IndividualEntryRow(IndividualEntryId.of(Columns.number(row[0])),
                EventId.of(Columns.number(row[1])), Columns.text(row[2]),
                MemberId.of(Columns.number(row[3])), Columns.text(row[4]),
                UnitId.of(Columns.number(row[5])), Columns.text(row[6]),
                DistrictId.of(Columns.number(row[7])), Columns.text(row[8]),
                Seniority.valueOf(Columns.text(row[9])),
                Optional.ofNullable(row[10]).map(number -> ChestNumber.of(Columns.integer(number))));
    }
}
