package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.MarkExportRow;
import org.kalamela.application.festival.query.ResultExportReader;
import org.kalamela.application.festival.query.ResultExportRow;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * The admin's result exports, each one query over V8's tables streamed through a cursor ({@link FestivalCursor}).
 * A team is named by its members' names, in alphabetical order, in one cell.
 */
@ApplicationScoped
public class PostgresResultExportReader implements ResultExportReader {

    /** The member's chest number, or the team's code. */
    private static final String CODE = "COALESCE(CAST(c.number AS text), t.code_prefix || '-' || t.team_number)";
    private static final String TEAM_MEMBERS = "(SELECT string_agg(tm_member.name, ', ' ORDER BY tm_member.name) "
            + "FROM team_members tm JOIN members tm_member ON tm_member.id = tm.member_id WHERE tm.team_id = t.id)";

    private final EntityManager em;

    @Inject
    public PostgresResultExportReader(EntityManager em) {
        this.em = em;
    }

    /** Places 1 to 3 of every computed result: published ones by result number, then the others by event name. */
    @Override
    public RowSource<ResultExportRow> topThree(EditionYear edition) {
        SqlFilter where = new SqlFilter().with(edition.value(), "er.edition_year = :edition", "edition")
                .when(true, "er.rank <= 3");
        return FestivalCursor.rows(em, "SELECT e.name, r.state, r.result_number, er.rank, " + CODE + ", "
                        + "COALESCE(m.name, " + TEAM_MEMBERS + "), u.name, d.name, er.mark, er.grade, er.points "
                        + """
                        FROM entry_results er
                        JOIN event_results r ON r.event_id = er.event_id
                        JOIN festival_events e ON e.id = er.event_id
                        LEFT JOIN members m ON m.id = er.member_id
                        LEFT JOIN teams t ON t.id = er.team_id
                        LEFT JOIN chest_numbers c ON c.edition_year = er.edition_year AND c.member_id = er.member_id
                            AND c.is_current
                        JOIN units u ON u.id = er.unit_id JOIN districts d ON d.id = er.district_id"""
                        + where.where() + " ORDER BY r.result_number NULLS LAST, e.name, er.rank, 6",
                where, row -> new ResultExportRow(Columns.text(row[0]), Columns.text(row[1]),
                        Columns.optionalInteger(row[2]), Columns.integer(row[3]), Columns.text(row[4]),
                        Columns.text(row[5]), Columns.text(row[6]), Columns.text(row[7]), (BigDecimal) row[8],
                        Columns.text(row[9]), Columns.integer(row[10])));
    }

    /** Every mark, by event name, order of appearance, judge and criterion. */
    @Override
    public RowSource<MarkExportRow> marks(EditionYear edition) {
        SqlFilter where = new SqlFilter().with(edition.value(), "e.edition_year = :edition", "edition");
        return FestivalCursor.rows(em, "SELECT e.name, sm.code_letter, " + CODE + ", "
                        + "COALESCE(m.name, " + TEAM_MEMBERS + "), a.display_name, ec.name, ec.max_mark, sm.mark, "
                        + "sm.by_tabulator, js.submitted_at IS NOT NULL "
                        + """
                        FROM sheet_marks sm
                        JOIN festival_events e ON e.id = sm.event_id
                        JOIN draw_appearances da ON da.event_id = sm.event_id AND da.code_letter = sm.code_letter
                        LEFT JOIN individual_entries ie ON ie.id = da.individual_entry_id
                        LEFT JOIN members m ON m.id = ie.member_id
                        LEFT JOIN chest_numbers c ON c.edition_year = e.edition_year AND c.member_id = ie.member_id
                            AND c.is_current
                        LEFT JOIN teams t ON t.id = da.team_id
                        JOIN judge_sheets js ON js.event_id = sm.event_id AND js.judge_id = sm.judge_id
                        JOIN accounts a ON a.id = sm.judge_id
                        JOIN event_criteria ec ON ec.event_id = sm.event_id AND ec.position = sm.criterion"""
                        + where.where() + " ORDER BY e.name, da.position, a.display_name, sm.criterion",
                where, row -> new MarkExportRow(Columns.text(row[0]), Columns.text(row[1]), Columns.text(row[2]),
                        Columns.text(row[3]), Columns.text(row[4]), Columns.text(row[5]), (BigDecimal) row[6],
                        (BigDecimal) row[7], Columns.flag(row[8]), Columns.flag(row[9])));
    }
}
