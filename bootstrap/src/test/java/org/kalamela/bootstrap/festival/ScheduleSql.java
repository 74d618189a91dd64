package org.kalamela.bootstrap.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The judging rows the schedule reads, written straight into V8's tables: a judge's seat on an event's panel
 * ({@code judge_sheets}) and an event's draw with its code letters ({@code draw_appearances}).
 */
@ApplicationScoped
public class ScheduleSql {

    @Inject
    EntityManager em;

    /** A judge account with that display name. */
    @Transactional
    public long judge(String displayName) {
        return FestivalSql.id(em.createNativeQuery("""
                        INSERT INTO accounts (username, display_name, password_hash, role)
                        VALUES (?1, ?2, 'not-a-hash', 'JUDGE') RETURNING id""")
                .setParameter(1, "judge-" + UUID.randomUUID().toString().substring(0, 12))
                .setParameter(2, displayName).getSingleResult());
    }

    /** Seats the judge on the event's panel. */
    @Transactional
    public void seat(long judge, long event) {
        em.createNativeQuery("""
                        INSERT INTO judge_sheets (event_id, judge_id, assigned_by, assigned_at)
                        VALUES (?1, ?2, (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now())""")
                .setParameter(1, event).setParameter(2, judge).executeUpdate();
    }

    /** Draws the event's individual entries in the order of their ids: A, B, C ... */
    @Transactional
    public void draw(long event, int year) {
        em.createNativeQuery("""
                        INSERT INTO event_draws (event_id, edition_year, seed, drawn_by, drawn_at)
                        VALUES (?1, ?2, repeat('7', 64), (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now())""")
                .setParameter(1, event).setParameter(2, year).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO draw_appearances (event_id, position, code_letter, individual_entry_id)
                        SELECT ?1, n, chr(64 + CAST(n AS integer)), id
                        FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM individual_entries
                              WHERE event_id = ?1) e""")
                .setParameter(1, event).executeUpdate();
    }
}
