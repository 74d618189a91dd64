package org.kalamela.bootstrap.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.domain.identity.password.PasswordHasher;

/**
 * Builds a diocese at realistic scale with set-based SQL (seconds, where the API would take an hour of
 * Argon2 and HTTP): districts, units, registrations in every status with their details and officials, and
 * members that can be grown in steps, so the same queries can be timed at two sizes. Unit sizes are skewed
 * (a few large parishes), as in a real diocese.
 */
@ApplicationScoped
public class BenchmarkDiocese {

    static final String UNIT_PASSWORD = "Unit-Password-2026";

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    /** {@code districts} districts of {@code units} units each, the first {@code registered} registered. */
    @Transactional
    public void build(int districts, int units, int registered) {
        execute("INSERT INTO districts (name) SELECT 'Bench district ' || lpad(d::text, 2, '0')"
                + " FROM generate_series(1, ?1) d", districts);
        execute("INSERT INTO units (district_id, name) SELECT d.id, 'Unit ' || lpad(u::text, 3, '0')"
                + " FROM districts d CROSS JOIN generate_series(1, ?1) u WHERE d.name LIKE 'Bench district %'", units);
        em.createNativeQuery("""
                        INSERT INTO accounts (username, display_name, password_hash, role, district_id, unit_id)
                        SELECT 'BEN-2026-' || lpad((row_number() OVER (ORDER BY id))::text, 4, '0'),
                               'Unit ' || id, ?1, 'UNIT', district_id, id
                        FROM (SELECT u.id, u.district_id, row_number() OVER (PARTITION BY u.district_id ORDER BY u.id) k
                              FROM units u JOIN districts d ON d.id = u.district_id
                              WHERE d.name LIKE 'Bench district %') chosen
                        WHERE k <= ?2""")
                .setParameter(1, hasher.hash(UNIT_PASSWORD)).setParameter(2, registered).executeUpdate();
        execute("""
                INSERT INTO unit_registrations (unit_id, district_id, account_id, registration_number, status,
                                                return_reason, registered_at, status_changed_at)
                SELECT unit_id, district_id, id, username,
                       CASE id % 10 WHEN 0 THEN 'SUBMITTED' WHEN 1 THEN 'RETURNED'
                                    WHEN 2 THEN 'REGISTRATION_STARTED' ELSE 'APPROVED' END,
                       CASE id % 10 WHEN 1 THEN 'Fix the phones' END, now(), now()
                FROM accounts WHERE role = 'UNIT' AND username LIKE 'BEN-%'""");
        execute("INSERT INTO unit_details (unit_id, registration_year, member_count)"
                + " SELECT unit_id, 2010, 30 FROM unit_registrations");
        execute("""
                INSERT INTO unit_officials (unit_id, office, name, phone)
                SELECT r.unit_id, o.office, 'Holder ' || r.unit_id || ' ' || o.k,
                       '8' || lpad((r.unit_id * 5 + o.k)::text, 9, '0')
                FROM unit_registrations r
                CROSS JOIN (VALUES ('PRESIDENT', 0), ('VICE_PRESIDENT', 1), ('SECRETARY', 2),
                                   ('JOINT_SECRETARY', 3), ('TREASURER', 4)) o (office, k)""");
    }

    /**
     * Adds members until the registered units hold {@code total}; one in seven goes to one of the first
     * twenty units. The first two members of each unit are its councilors. Statistics are refreshed, as
     * autovacuum would on a live database.
     */
    @Transactional
    public void growMembersTo(int total) {
        long existing = count("SELECT count(*) FROM members");
        long registeredUnits = count("SELECT count(*) FROM unit_registrations");
        em.createNativeQuery("""
                        INSERT INTO members (unit_id, name, gender, date_of_birth, phone, qualification, blood_group)
                        SELECT r.unit_id, 'Member ' || n, CASE WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
                               DATE '1986-01-01' + ((n * 7919) % 9500)::int, '7' || lpad(n::text, 9, '0'),
                               CASE WHEN n % 3 = 0 THEN 'BSc' END,
                               (ARRAY['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'])[1 + n % 8]
                        FROM generate_series(?1, ?2) n
                        JOIN (SELECT unit_id, row_number() OVER (ORDER BY unit_id) - 1 AS k
                              FROM unit_registrations) r
                          ON r.k = CASE WHEN n % 7 = 0 THEN n % 20 ELSE n % ?3 END""")
                .setParameter(1, existing + 1).setParameter(2, (long) total).setParameter(3, registeredUnits)
                .executeUpdate();
        execute("""
                INSERT INTO councilors (member_id, unit_id, position)
                SELECT id, unit_id, k - 1
                FROM (SELECT id, unit_id, row_number() OVER (PARTITION BY unit_id ORDER BY id) k FROM members) m
                WHERE k <= ?1
                ON CONFLICT (member_id) DO NOTHING""", 2);
        em.createNativeQuery("ANALYZE").executeUpdate();
    }

    /** Accounts that only sign in (one per client thread, so no two threads contend for one account's rows). */
    @Transactional
    public void signInAccounts(List<String> usernames, String password) {
        String hash = hasher.hash(password);
        for (String username : usernames) {
            em.createNativeQuery("INSERT INTO accounts (username, display_name, password_hash, role)"
                            + " VALUES (?1, ?1, ?2, 'JUDGE')")
                    .setParameter(1, username).setParameter(2, hash).executeUpdate();
        }
    }

    @Transactional
    public long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Transactional
    public long firstDistrictId() {
        return count("SELECT min(id) FROM districts WHERE name LIKE 'Bench district %'");
    }

    private void execute(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
