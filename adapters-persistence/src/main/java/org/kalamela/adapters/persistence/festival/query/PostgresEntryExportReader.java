package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.EntryExportFilter;
import org.kalamela.application.festival.query.EntryExportReader;
import org.kalamela.application.festival.query.EventEntryExportRow;
import org.kalamela.domain.festival.edition.EditionYear;

/** The events-data export's two sheets, each one query streamed through a cursor ({@link FestivalCursor}). */
@ApplicationScoped
public class PostgresEntryExportReader implements EntryExportReader {

    private final EntityManager em;

    @Inject
    public PostgresEntryExportReader(EntityManager em) {
        this.em = em;
    }

    /** Ordered by event, chest number (an entry not yet numbered first), member name. */
    @Override
    public RowSource<EventEntryExportRow> individualEntries(EditionYear edition, EntryExportFilter filter) {
        SqlFilter where = where(edition, filter, "ie");
        return FestivalCursor.rows(em, """
                        SELECT e.name, COALESCE(CAST(c.number AS text), ''), m.name, u.name, d.name
                        FROM individual_entries ie JOIN festival_events e ON e.id = ie.event_id
                        JOIN members m ON m.id = ie.member_id JOIN units u ON u.id = m.unit_id
                        JOIN districts d ON d.id = ie.district_id
                        LEFT JOIN chest_numbers c ON c.edition_year = ie.edition_year AND c.member_id = ie.member_id
                            AND c.is_current"""
                        + where.where() + " ORDER BY ie.event_id, COALESCE(c.number, 0), m.name",
                where, PostgresEntryExportReader::row);
    }

    /** One line per team member, ordered by event, team number, member name. */
    @Override
    public RowSource<EventEntryExportRow> teamMembers(EditionYear edition, EntryExportFilter filter) {
        SqlFilter where = where(edition, filter, "t");
        return FestivalCursor.rows(em, """
                        SELECT e.name, t.code_prefix || '-' || t.team_number, m.name, u.name, d.name
                        FROM team_members tm JOIN teams t ON t.id = tm.team_id
                        JOIN festival_events e ON e.id = t.event_id JOIN members m ON m.id = tm.member_id
                        JOIN units u ON u.id = t.unit_id JOIN districts d ON d.id = t.district_id"""
                        + where.where() + " ORDER BY t.event_id, t.team_number, m.name",
                where, PostgresEntryExportReader::row);
    }

    private static SqlFilter where(EditionYear edition, EntryExportFilter filter, String table) {
        return new SqlFilter()
                .with(edition.value(), table + ".edition_year = :edition", "edition")
                .with(filter.districtId() == null ? null : filter.districtId().value(),
                        table + ".district_id = :district", "district")
                .with(filter.eventId() == null ? null : filter.eventId().value(), table + ".event_id = :event",
                        "event");
    }

    private static EventEntryExportRow row(Object[] row) {
        return new EventEntryExportRow(Columns.text(row[0]), Columns.text(row[1]),
                Columns.text(row[2]), Columns.text(row[3]), Columns.text(row[4]));
    }
}
