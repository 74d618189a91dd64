package org.kalamela.bootstrap.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The festival's side of the benchmark data in SQL: the members an official may enter (those of the bench
 * districts born inside the edition's junior or senior band) and, for the events overview, entries added in
 * bulk up to a total while keeping the edition's limits (places per district, event and seniority, at most
 * one entry per member here), as the API would have.
 */
@ApplicationScoped
public class BenchmarkFestival {

    static final String OLDEST = "1991-01-11";
    static final String JUNIOR_FROM = "2005-01-11";
    static final String YOUNGEST = "2011-06-30";

    @Inject
    EntityManager em;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> benchDistricts() {
        return ((List<Object>) em.createNativeQuery("SELECT id FROM districts WHERE name LIKE 'Bench district %'"
                + " ORDER BY id").getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The district's members inside the edition's age bands, in id order (ids are spread over the units). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> eligibleMembers(long district) {
        return ((List<Object>) em.createNativeQuery("SELECT m.id FROM members m JOIN units u ON u.id = m.unit_id"
                        + " WHERE u.district_id = ?1 AND m.date_of_birth BETWEEN CAST(?2 AS date) AND CAST(?3 AS date)"
                        + " ORDER BY m.id")
                .setParameter(1, district).setParameter(2, OLDEST).setParameter(3, YOUNGEST).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Fills free places of the edition's individual events (up to {@code places} per district, event and
     * seniority) with members not yet entered, until the edition holds {@code total} entries, spread over the
     * districts and events; returns the entries added. Chest numbers are not drawn: the overview does not read
     * them.
     */
    @Transactional
    public int topUpEntries(int year, int places, int total) {
        long existing = ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM individual_entries WHERE edition_year = ?1")
                .setParameter(1, year).getSingleResult()).longValue();
        if (existing >= total) {
            return 0;
        }
        int added = em.createNativeQuery("""
                        WITH slots AS (
                            SELECT d.id AS district_id, e.id AS event_id, s.seniority,
                                   row_number() OVER (PARTITION BY d.id, s.seniority ORDER BY g.place, e.id) AS k
                            FROM districts d
                            CROSS JOIN festival_events e
                            CROSS JOIN (VALUES ('JUNIOR'), ('SENIOR')) s (seniority)
                            CROSS JOIN generate_series(1, ?2) g (place)
                            WHERE d.name LIKE 'Bench district %' AND e.edition_year = ?1 AND e.kind = 'INDIVIDUAL'
                              AND g.place > (SELECT count(*) FROM individual_entries ie WHERE ie.event_id = e.id
                                             AND ie.district_id = d.id AND ie.seniority = s.seniority)),
                        free AS (
                            SELECT m.id AS member_id, u.district_id, b.seniority,
                                   row_number() OVER (PARTITION BY u.district_id, b.seniority ORDER BY m.id) AS k
                            FROM members m JOIN units u ON u.id = m.unit_id
                            CROSS JOIN LATERAL (SELECT CASE WHEN m.date_of_birth >= CAST(?4 AS date) THEN 'JUNIOR'
                                                            ELSE 'SENIOR' END AS seniority) b
                            WHERE m.date_of_birth BETWEEN CAST(?5 AS date) AND CAST(?6 AS date)
                              AND NOT EXISTS (SELECT 1 FROM individual_entries ie
                                              WHERE ie.member_id = m.id AND ie.edition_year = ?1))
                        INSERT INTO individual_entries (edition_year, event_id, member_id, district_id, seniority,
                                                        registered_by, registered_at)
                        SELECT ?1, s.event_id, f.member_id, s.district_id, s.seniority,
                               (SELECT min(a.id) FROM accounts a WHERE a.role = 'DISTRICT_OFFICIAL'
                                AND a.district_id = s.district_id), now()
                        FROM slots s JOIN free f
                          ON f.district_id = s.district_id AND f.seniority = s.seniority AND f.k = s.k
                        ORDER BY s.k, s.district_id
                        LIMIT ?3""")
                .setParameter(1, year).setParameter(2, places).setParameter(3, total - existing)
                .setParameter(4, JUNIOR_FROM).setParameter(5, OLDEST).setParameter(6, YOUNGEST).executeUpdate();
        em.createNativeQuery("ANALYZE").executeUpdate();
        return added;
    }
}
