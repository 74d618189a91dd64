package org.kalamela.bootstrap.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Straight SQL for what the festival's HTTP tests need beside the API: districts, units and members in bulk
 * (the registry's own API is tested elsewhere), rows the old app would have left (entries without chest
 * numbers), and the counts and rows the invariants are checked on, read independently of the code under test.
 */
@ApplicationScoped
public class FestivalSql {

    @Inject
    EntityManager em;

    static String unique(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public long district(String name) {
        return id(em.createNativeQuery("INSERT INTO districts (name) VALUES (?1) RETURNING id").setParameter(1, name)
                .getSingleResult());
    }

    @Transactional
    public long unit(long district, String name) {
        return id(em.createNativeQuery("INSERT INTO units (district_id, name) VALUES (?1, ?2) RETURNING id")
                .setParameter(1, district).setParameter(2, name).getSingleResult());
    }

    @Transactional
    public long member(long unit, String name, String gender, LocalDate born) {
        return members(unit, name, gender, born, 1).get(0);
    }

    /**
     * {@code count} members named {@code prefix 1}, {@code prefix 2} ... (just {@code prefix} for one), in one
     * statement. Their phones come from a sequence of the test database, 6 followed by nine digits, so they
     * never collide with each other or with the random 9-numbers of other tests.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> members(long unit, String prefix, String gender, LocalDate born, int count) {
        em.createNativeQuery("CREATE SEQUENCE IF NOT EXISTS festival_test_phones").executeUpdate();
        return ((List<Object>) em.createNativeQuery("""
                        INSERT INTO members (unit_id, name, gender, date_of_birth, phone)
                        SELECT ?1, CASE WHEN ?5 = 1 THEN ?2 ELSE ?2 || ' ' || n END, ?3, ?4,
                               '6' || lpad(CAST(nextval('festival_test_phones') AS text), 9, '0')
                        FROM generate_series(1, ?5) n ORDER BY n RETURNING id""")
                .setParameter(1, unit).setParameter(2, prefix).setParameter(3, gender).setParameter(4, born)
                .setParameter(5, count).getResultList()).stream().map(FestivalSql::id).sorted().toList();
    }

    /**
     * Leaves no edition current. Every festival test class marks its own edition current before each test and
     * clears it after, since other contexts read the current edition too (the registry dashboard's default
     * seniority bands) and their tests expect none.
     */
    @Transactional
    public void clearCurrentEdition() {
        em.createNativeQuery("UPDATE editions SET is_current = FALSE WHERE is_current").executeUpdate();
    }

    @Transactional
    public int execute(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    @Transactional
    public long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> ids(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object>) query.getResultList()).stream().map(FestivalSql::id).toList();
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }
}
