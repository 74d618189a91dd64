package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.festival.schedule.StageStatusColumns;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.festival.query.PlanPersonRow;
import org.kalamela.application.festival.query.PublicationRow;
import org.kalamela.application.festival.query.PublishedSlotRow;
import org.kalamela.application.festival.query.ScheduleFacts;
import org.kalamela.application.festival.query.ScheduleReader;
import org.kalamela.application.festival.query.ScheduledEventRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.ClashAcknowledgement;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.Timing;

/**
 * The plan read with SQL straight into rows. The clash report's facts are one statement: the scheduled events
 * (a CTE) and, as further rows of the same result, their participants (individual entrants and team members)
 * and their judges ({@code judge_sheets}, one row per event and judge), told apart by the first column.
 */
@ApplicationScoped
public class PostgresScheduleReader implements ScheduleReader {

    private static final String PLANNED = """
            SELECT s.event_id, e.name AS event_name, s.stage_id, st.name AS stage_name, st.location,
                   s.starts_at, s.minutes_per_performance, s.fixed_minutes,
                   CAST((SELECT count(*) FROM individual_entries i WHERE i.event_id = s.event_id)
                        + (SELECT count(*) FROM teams t WHERE t.event_id = s.event_id) AS integer) AS performances,
                   ss.status, ss.code_letter
            FROM scheduled_events s
            JOIN festival_events e ON e.id = s.event_id
            JOIN stages st ON st.id = s.stage_id
            LEFT JOIN stage_statuses ss ON ss.event_id = s.event_id
            WHERE s.edition_year = :edition""";

    private static final String FACTS = "WITH planned AS (" + PLANNED + """
            )
            SELECT 'E' AS kind, event_id, stage_id AS subject_id, event_name AS name, stage_name, location, starts_at,
                   minutes_per_performance, fixed_minutes, performances, status, code_letter
            FROM planned
            UNION ALL
            SELECT 'P', p.event_id, m.id, m.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM planned p JOIN individual_entries i ON i.event_id = p.event_id JOIN members m ON m.id = i.member_id
            UNION ALL
            SELECT 'P', p.event_id, m.id, m.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM planned p JOIN team_members tm ON tm.event_id = p.event_id JOIN members m ON m.id = tm.member_id
            UNION ALL
            SELECT 'J', p.event_id, a.id, a.display_name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM planned p JOIN judge_sheets j ON j.event_id = p.event_id JOIN accounts a ON a.id = j.judge_id""";

    private final EntityManager em;

    @Inject
    public PostgresScheduleReader(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ScheduleFacts facts(EditionYear edition) {
        List<Object[]> rows = em.createNativeQuery(FACTS).setParameter("edition", edition.value()).getResultList();
        List<ScheduledEventRow> events = new ArrayList<>();
        List<PlanPersonRow> participants = new ArrayList<>();
        List<PlanPersonRow> judges = new ArrayList<>();
        for (Object[] row : rows) {
            switch (Columns.text(row[0])) {
                case "E" -> events.add(new ScheduledEventRow(EventId.of(Columns.number(row[1])), Columns.text(row[3]),
                        StageId.of(Columns.number(row[2])), Columns.text(row[4]), Columns.text(row[5]),
                        Columns.instant(row[6]), timing(row[7], row[8]), Columns.integer(row[9]),
                        StageStatusColumns.read(row[10], row[11])));
                case "P" -> participants.add(person(row));
                case "J" -> judges.add(person(row));
                default -> throw new IllegalStateException("unknown row kind " + row[0]);
            }
        }
        return new ScheduleFacts(events, participants, judges);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ScheduledEventRow> events(EditionYear edition) {
        List<Object[]> rows = em.createNativeQuery(PLANNED + " ORDER BY s.starts_at, st.name, s.event_id")
                .setParameter("edition", edition.value()).getResultList();
        return rows.stream().map(row -> new ScheduledEventRow(EventId.of(Columns.number(row[0])),
                Columns.text(row[1]), StageId.of(Columns.number(row[2])), Columns.text(row[3]), Columns.text(row[4]),
                Columns.instant(row[5]), timing(row[6], row[7]), Columns.integer(row[8]),
                StageStatusColumns.read(row[9], row[10]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PublishedSlotRow> published(EditionYear edition) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.event_id, e.name, p.stage_id, st.name, st.location, p.starts_at, p.ends_at,
                               ss.status, ss.code_letter
                        FROM published_slots p
                        JOIN schedule_publications sp ON sp.id = p.publication_id
                        JOIN festival_events e ON e.id = p.event_id
                        JOIN stages st ON st.id = p.stage_id
                        LEFT JOIN stage_statuses ss ON ss.event_id = p.event_id
                        WHERE sp.edition_year = :edition
                        ORDER BY p.starts_at, st.name, p.event_id""")
                .setParameter("edition", edition.value()).getResultList();
        return rows.stream().map(row -> new PublishedSlotRow(EventId.of(Columns.number(row[0])), Columns.text(row[1]),
                StageId.of(Columns.number(row[2])), Columns.text(row[3]), Columns.text(row[4]),
                Columns.instant(row[5]), Columns.instant(row[6]), StageStatusColumns.read(row[7], row[8]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<PublicationRow> latestPublication(EditionYear edition) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.published_at, p.published_by, a.display_name, p.version, k.clash_key, k.reason
                        FROM (SELECT * FROM schedule_publications WHERE edition_year = :edition
                              ORDER BY id DESC LIMIT 1) p
                        JOIN accounts a ON a.id = p.published_by
                        LEFT JOIN schedule_acknowledgements k ON k.publication_id = p.id
                        ORDER BY k.clash_key""")
                .setParameter("edition", edition.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        List<ClashAcknowledgement> acknowledgements = rows.stream().filter(row -> row[4] != null)
                .map(row -> new ClashAcknowledgement(Columns.text(row[4]), Columns.text(row[5]))).toList();
        return Optional.of(new PublicationRow(Columns.instant(first[0]), Columns.number(first[1]),
                Columns.text(first[2]), Columns.number(first[3]), acknowledgements));
    }

    private static PlanPersonRow person(Object[] row) {
        return new PlanPersonRow(EventId.of(Columns.number(row[1])), Columns.number(row[2]), Columns.text(row[3]));
    }

    private static Timing timing(Object minutesPerPerformance, Object fixedMinutes) {
        return fixedMinutes != null
                ? Timing.fixed(Columns.integer(fixedMinutes))
                : Timing.perPerformance(Columns.integer(minutesPerPerformance));
    }
}
