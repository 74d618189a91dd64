package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.festival.query.PublishedEventRow;
import org.kalamela.application.festival.query.PublishedResultsReader;
import org.kalamela.application.festival.query.ResultsFingerprint;
import org.kalamela.application.festival.query.ScoredEntryRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * The published results of an edition, read from {@code event_results} and {@code entry_results} (V8), each
 * method one statement. A result is public exactly when it has a result number (PUBLISHED or UNDER_APPEAL);
 * every query here says so, so a tabulated result never leaves this class.
 */
@ApplicationScoped
public class PostgresPublishedResultsReader implements PublishedResultsReader {

    private final EntityManager em;

    @Inject
    public PostgresPublishedResultsReader(EntityManager em) {
        this.em = em;
    }

    /**
     * One small aggregate over the edition's published results (an index of V8) and its events; the events
     * that will have a result are those with an entry, a team or a result.
     */
    @Override
    public Optional<ResultsFingerprint> fingerprint() {
        List<?> rows = em.createNativeQuery("""
                SELECT ed.year, ev.events, r.published, r.under_appeal, r.latest, r.revisions,
                       CAST(ed.rules ->> 'kalaprathibhaMinimumEvents' AS integer)
                FROM editions ed
                CROSS JOIN LATERAL (
                    SELECT count(*) AS published, count(*) FILTER (WHERE state = 'UNDER_APPEAL') AS under_appeal,
                           COALESCE(max(result_number), 0) AS latest, COALESCE(sum(revision), 0) AS revisions
                    FROM event_results WHERE edition_year = ed.year AND result_number IS NOT NULL) r
                CROSS JOIN LATERAL (
                    SELECT count(*) AS events FROM festival_events e
                    WHERE e.edition_year = ed.year
                      AND (EXISTS (SELECT 1 FROM individual_entries ie WHERE ie.event_id = e.id)
                           OR EXISTS (SELECT 1 FROM teams t WHERE t.event_id = e.id)
                           OR EXISTS (SELECT 1 FROM event_results er
                                      WHERE er.event_id = e.id AND er.result_number IS NOT NULL))) ev
                WHERE ed.is_current""").getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(row -> new ResultsFingerprint(
                EditionYear.of(Columns.integer(row[0])), Columns.integer(row[1]), Columns.integer(row[2]),
                Columns.integer(row[3]), Columns.integer(row[4]), Columns.number(row[5]), Columns.integer(row[6])));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PublishedEventRow> publishedEvents(EditionYear edition) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT e.id, e.name, e.category, e.kind, r.result_number, r.revision, r.published_at,
                               r.state = 'UNDER_APPEAL'
                        FROM event_results r JOIN festival_events e ON e.id = r.event_id
                        WHERE r.edition_year = :edition AND r.result_number IS NOT NULL
                        ORDER BY r.result_number""")
                .setParameter("edition", edition.value())
                .getResultList();
        return rows.stream().map(row -> new PublishedEventRow(EventId.of(Columns.number(row[0])),
                Columns.text(row[1]), EventCategory.valueOf(Columns.text(row[2])),
                EventKind.valueOf(Columns.text(row[3])), Columns.integer(row[4]), Columns.integer(row[5]),
                Columns.instant(row[6]), Columns.flag(row[7]))).toList();
    }

    /**
     * The unit and district are the entry's as stored with its result (the member's for an individual entry,
     * the team's for a team); names, chest numbers and team codes are read as they are now.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<ScoredEntryRow> scoredEntries(EditionYear edition) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT er.event_id, er.member_id, m.gender, er.team_id,
                               COALESCE(m.name, t.code_prefix || '-' || t.team_number), c.number,
                               er.unit_id, u.name, er.district_id, d.name, er.rank, er.grade, er.points
                        FROM entry_results er
                        JOIN event_results r ON r.event_id = er.event_id AND r.result_number IS NOT NULL
                        LEFT JOIN members m ON m.id = er.member_id
                        LEFT JOIN teams t ON t.id = er.team_id
                        LEFT JOIN chest_numbers c ON c.edition_year = er.edition_year AND c.member_id = er.member_id
                            AND c.is_current
                        JOIN units u ON u.id = er.unit_id JOIN districts d ON d.id = er.district_id
                        WHERE er.edition_year = :edition
                        ORDER BY r.result_number, er.rank, er.code_letter""")
                .setParameter("edition", edition.value())
                .getResultList();
        return rows.stream().map(PostgresPublishedResultsReader::scoredEntry).toList();
    }

    private static ScoredEntryRow scoredEntry(Object[] row) {
        boolean individual = row[3] == null;
        return new ScoredEntryRow(EventId.of(Columns.number(row[0])),
                individual ? EventKind.INDIVIDUAL : EventKind.GROUP,
                individual ? MemberId.of(Columns.number(row[1])) : null,
                individual ? Gender.parse(Columns.text(row[2])) : null,
                individual ? null : TeamId.of(Columns.number(row[3])),
                Columns.text(row[4]), Columns.optionalInteger(row[5]), UnitId.of(Columns.number(row[6])),
                Columns.text(row[7]), DistrictId.of(Columns.number(row[8])), Columns.text(row[9]),
                Columns.integer(row[10]), Columns.text(row[11]), Columns.integer(row[12]));
    }
}
