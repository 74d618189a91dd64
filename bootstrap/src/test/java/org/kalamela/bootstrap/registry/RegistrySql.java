package org.kalamela.bootstrap.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Straight SQL for what the tests need beside the API: bulk members for the dashboard, festival rows that
 * make a member "entered", and counts taken independently of the code under test.
 */
@ApplicationScoped
public class RegistrySql {

    @Inject
    EntityManager em;

    /** A member as the fixtures insert it. */
    public record NewMember(long unitId, String name, String gender, LocalDate dateOfBirth, String phone) {
    }

    @Transactional
    public void insertMembers(List<NewMember> members) {
        for (NewMember m : members) {
            em.createNativeQuery("INSERT INTO members (unit_id, name, gender, date_of_birth, phone)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, m.unitId()).setParameter(2, m.name()).setParameter(3, m.gender())
                    .setParameter(4, m.dateOfBirth()).setParameter(5, m.phone())
                    .executeUpdate();
        }
    }

    @Transactional
    public void makeCouncilors(long unitId, int howMany) {
        em.createNativeQuery("""
                        INSERT INTO councilors (member_id, unit_id, position)
                        SELECT id, unit_id, row_number() OVER (ORDER BY id) - 1 FROM members
                        WHERE unit_id = ?1 ORDER BY id LIMIT ?2""")
                .setParameter(1, unitId).setParameter(2, howMany).executeUpdate();
    }

    @Transactional
    public void setStatus(long unitId, String status, String reason) {
        em.createNativeQuery("UPDATE unit_registrations SET status = ?2, return_reason = ?3 WHERE unit_id = ?1")
                .setParameter(1, unitId).setParameter(2, status).setParameter(3, reason).executeUpdate();
    }

    /**
     * Gives the member an individual entry in a throw-away edition and event, as the festival would; returns
     * the edition's year, for {@link #dropEdition}.
     */
    @Transactional
    public int enterInAnEvent(long memberId) {
        int year = ((Number) em.createNativeQuery(
                "SELECT y FROM generate_series(2999, 2500, -1) y WHERE y NOT IN (SELECT year FROM editions) LIMIT 1")
                .getSingleResult()).intValue();
        em.createNativeQuery("""
                        INSERT INTO editions (year, rules, registration_opens, registration_closes)
                        VALUES (?1, CAST('{}' AS jsonb), now(), now() + interval '1 day')""")
                .setParameter(1, year).executeUpdate();
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Number event = (Number) em.createNativeQuery("""
                        INSERT INTO festival_events (edition_year, name, kind, category, short_code)
                        VALUES (?1, ?2, 'INDIVIDUAL', 'MUSIC', ?2) RETURNING id""")
                .setParameter(1, year).setParameter(2, code).getSingleResult();
        em.createNativeQuery("""
                        INSERT INTO individual_entries
                            (edition_year, event_id, member_id, district_id, seniority, registered_by, registered_at)
                        SELECT ?1, ?2, m.id, u.district_id, 'SENIOR',
                               (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now()
                        FROM members m JOIN units u ON u.id = m.unit_id WHERE m.id = ?3""")
                .setParameter(1, year).setParameter(2, event.longValue()).setParameter(3, memberId).executeUpdate();
        return year;
    }

    /** Removes a throw-away edition with its events and entries, so no other test sees it. */
    @Transactional
    public void dropEdition(int year) {
        for (String table : List.of("individual_entries", "festival_events", "editions")) {
            String column = table.equals("editions") ? "year" : "edition_year";
            em.createNativeQuery("DELETE FROM " + table + " WHERE " + column + " = ?1").setParameter(1, year)
                    .executeUpdate();
        }
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
}
