package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.application.festival.query.OrderOfAppearanceReader;
import org.kalamela.domain.festival.event.EventId;

/**
 * An event's drawn places with who appears in each, one query through a cursor ({@link FestivalCursor}): an
 * individual entry by its member's current chest number, name, unit and district; a team by its code, its
 * members' names in alphabetical order in one cell, its unit and district.
 */
@ApplicationScoped
public class PostgresOrderOfAppearanceReader implements OrderOfAppearanceReader {

    private final EntityManager em;

    @Inject
    public PostgresOrderOfAppearanceReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public RowSource<AppearanceRow> appearances(EventId event) {
        SqlFilter where = new SqlFilter().with(event.value(), "da.event_id = :event", "event");
        return FestivalCursor.rows(em, """
                        SELECT da.position, da.code_letter,
                               COALESCE(CAST(c.number AS text), t.code_prefix || '-' || t.team_number),
                               COALESCE(m.name, (SELECT string_agg(tm_member.name, ', ' ORDER BY tm_member.name)
                                                 FROM team_members tm JOIN members tm_member ON tm_member.id = tm.member_id
                                                 WHERE tm.team_id = t.id)),
                               u.name, d.name
                        FROM draw_appearances da
                        JOIN event_draws ed ON ed.event_id = da.event_id
                        LEFT JOIN individual_entries ie ON ie.id = da.individual_entry_id
                        LEFT JOIN members m ON m.id = ie.member_id
                        LEFT JOIN chest_numbers c ON c.edition_year = ed.edition_year AND c.member_id = ie.member_id
                            AND c.is_current
                        LEFT JOIN teams t ON t.id = da.team_id
                        JOIN units u ON u.id = COALESCE(m.unit_id, t.unit_id)
                        JOIN districts d ON d.id = COALESCE(t.district_id, u.district_id)"""
                        + where.where() + " ORDER BY da.position",
                where, row -> new AppearanceRow(Columns.integer(row[0]), Columns.text(row[1]), Columns.text(row[2]),
                        Columns.text(row[3]), Columns.text(row[4]), Columns.text(row[5])));
    }
}
