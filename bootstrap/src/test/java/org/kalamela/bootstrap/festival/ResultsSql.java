package org.kalamela.bootstrap.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/**
 * Event results written straight into V8's tables, as the judging flow leaves them: tabulated (computed, not
 * public), under appeal, republished with a new revision; tests publish a tabulated result through the admin's
 * endpoint ({@link ResultsScene#publish}). The public side is tested on these rows, independently of how
 * judging computes the marks.
 */
@ApplicationScoped
public class ResultsSql {

    @Inject
    EntityManager em;

    /** An entry's or a team's part of a result, as the judging flow would have computed it. */
    record Score(long entryOrTeam, boolean team, BigDecimal mark, int rank, String grade, int gradePoints,
                 int rankPoints) {

        static Score entry(long entry, int mark, int rank, String grade, int gradePoints, int rankPoints) {
            return new Score(entry, false, BigDecimal.valueOf(mark), rank, grade, gradePoints, rankPoints);
        }

        static Score team(long team, int mark, int rank, String grade, int rankPoints) {
            return new Score(team, true, BigDecimal.valueOf(mark), rank, grade, 0, rankPoints);
        }
    }

    /** The event's result computed (TABULATED) from these scores, not published. */
    @Transactional
    public void tabulate(long event, List<Score> scores) {
        em.createNativeQuery("""
                INSERT INTO event_results (event_id, edition_year, state, tabulated_at)
                SELECT id, edition_year, 'TABULATED', now() FROM festival_events WHERE id = ?1""")
                .setParameter(1, event).executeUpdate();
        writeScores(event, scores);
    }

    @Transactional
    public void appeal(long event) {
        em.createNativeQuery("UPDATE event_results SET state = 'UNDER_APPEAL' WHERE event_id = ?1")
                .setParameter(1, event).executeUpdate();
    }

    /** Replaces the result's scores and publishes it again: same number, next revision. */
    @Transactional
    public void republish(long event, List<Score> scores) {
        em.createNativeQuery("DELETE FROM entry_results WHERE event_id = ?1").setParameter(1, event).executeUpdate();
        writeScores(event, scores);
        em.createNativeQuery("""
                UPDATE event_results SET state = 'PUBLISHED', revision = revision + 1, published_at = now()
                WHERE event_id = ?1""").setParameter(1, event).executeUpdate();
    }

    /**
     * Publishes the results of many individual events in a few statements: each event's entries ranked by
     * entry id (1, 2, 3, ...), all graded A (5 points) with rank points 5, 3, 1; result numbers follow on.
     */
    @Transactional
    public void publishAll(List<Long> events) {
        String ids = String.join(",", events.stream().map(String::valueOf).toList());
        em.createNativeQuery("""
                INSERT INTO event_results (event_id, edition_year, state, tabulated_at, result_number,
                                           first_published_at, published_at, published_by)
                SELECT e.id, e.edition_year, 'PUBLISHED', now(),
                       (SELECT COALESCE(max(result_number), 0) FROM event_results WHERE edition_year = e.edition_year)
                           + row_number() OVER (ORDER BY e.id),
                       now(), now(), (SELECT min(id) FROM accounts WHERE role = 'ADMIN')
                FROM festival_events e WHERE e.id = ANY (CAST(string_to_array(?1, ',') AS bigint[]))""")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO entry_results (event_id, edition_year, code_letter, individual_entry_id, member_id,
                                           unit_id, district_id, mark, grade, grade_points, rank, rank_points, points)
                SELECT ranked.event_id, ranked.edition_year, 'A' || ranked.rank, ranked.id, ranked.member_id,
                       m.unit_id, u.district_id, 90 - ranked.rank, 'A', 5, ranked.rank,
                       CASE ranked.rank WHEN 1 THEN 5 WHEN 2 THEN 3 WHEN 3 THEN 1 ELSE 0 END,
                       5 + CASE ranked.rank WHEN 1 THEN 5 WHEN 2 THEN 3 WHEN 3 THEN 1 ELSE 0 END
                FROM (SELECT ie.*, CAST(row_number() OVER (PARTITION BY ie.event_id ORDER BY ie.id) AS integer) AS rank
                      FROM individual_entries ie
                      WHERE ie.event_id = ANY (CAST(string_to_array(?1, ',') AS bigint[]))) ranked
                JOIN members m ON m.id = ranked.member_id JOIN units u ON u.id = m.unit_id""")
                .setParameter(1, ids).executeUpdate();
    }

    /** A judge's account (no usable password: the marks are written here, not over the API). */
    @Transactional
    public long judge(String displayName) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO accounts (username, display_name, password_hash, role)
                VALUES (?1, ?2, 'not-a-hash', 'JUDGE') RETURNING id""")
                .setParameter(1, FestivalSql.unique("judge").replace(' ', '-')).setParameter(2, displayName)
                .getSingleResult()).longValue();
    }

    /**
     * The event drawn (its entries in the given order under A, B, C ...) and marked on one criterion
     * "Overall" of 100 by the judge, whose sheet is submitted; {@code marks[i]} is the mark of {@code entries[i]}.
     */
    @Transactional
    public void markedSheet(long event, long judge, List<Long> entries, List<Integer> marks) {
        em.createNativeQuery("""
                INSERT INTO event_draws (event_id, edition_year, seed, drawn_by, drawn_at)
                SELECT id, edition_year, repeat('7', 64), (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now()
                FROM festival_events WHERE id = ?1 ON CONFLICT DO NOTHING""").setParameter(1, event).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO event_criteria (event_id, position, name, max_mark) VALUES (?1, 1, 'Overall', 100)
                ON CONFLICT DO NOTHING""").setParameter(1, event).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO judge_sheets (event_id, judge_id, assigned_by, assigned_at, submitted_at, submitted_by)
                SELECT ?1, ?2, min(id), now(), now(), ?2 FROM accounts WHERE role = 'ADMIN'""")
                .setParameter(1, event).setParameter(2, judge).executeUpdate();
        for (int i = 0; i < entries.size(); i++) {
            String letter = String.valueOf((char) ('A' + i));
            em.createNativeQuery("""
                    INSERT INTO draw_appearances (event_id, position, code_letter, individual_entry_id)
                    VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                    .setParameter(1, event).setParameter(2, i + 1).setParameter(3, letter)
                    .setParameter(4, entries.get(i)).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO sheet_marks (event_id, judge_id, code_letter, criterion, mark, entered_by,
                                             by_tabulator, entered_at)
                    VALUES (?1, ?2, ?3, 1, ?4, ?2, FALSE, now())""")
                    .setParameter(1, event).setParameter(2, judge).setParameter(3, letter)
                    .setParameter(4, BigDecimal.valueOf(marks.get(i))).executeUpdate();
        }
    }

    private void writeScores(long event, List<Score> scores) {
        for (int i = 0; i < scores.size(); i++) {
            Score score = scores.get(i);
            String performer = score.team()
                    ? "SELECT NULL::bigint, t.id, NULL::bigint, t.unit_id, t.district_id FROM teams t WHERE t.id = ?2"
                    : "SELECT ie.id, NULL::bigint, ie.member_id, m.unit_id, u.district_id FROM individual_entries ie"
                      + " JOIN members m ON m.id = ie.member_id JOIN units u ON u.id = m.unit_id WHERE ie.id = ?2";
            em.createNativeQuery("""
                    INSERT INTO entry_results (event_id, edition_year, code_letter, individual_entry_id, team_id,
                                               member_id, unit_id, district_id, mark, grade, grade_points, rank,
                                               rank_points, points)
                    SELECT ?1, (SELECT edition_year FROM festival_events WHERE id = ?1), ?3, p.*, ?4,
                           CAST(?5 AS varchar), ?6, ?7, ?8, ?6 + ?8
                    FROM (""" + performer + ") p")
                    .setParameter(1, event).setParameter(2, score.entryOrTeam())
                    .setParameter(3, String.valueOf((char) ('A' + i))).setParameter(4, score.mark())
                    .setParameter(5, score.grade()).setParameter(6, score.team() ? 0 : score.gradePoints())
                    .setParameter(7, score.rank()).setParameter(8, score.rankPoints())
                    .executeUpdate();
        }
    }
}
