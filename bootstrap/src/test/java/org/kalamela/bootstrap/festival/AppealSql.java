package org.kalamela.bootstrap.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** What an appellant knows and the tests read back: an entry's chest number and the member's phone. */
@ApplicationScoped
public class AppealSql {

    @Inject
    EntityManager em;

    @Transactional
    public int chestNumberOfEntry(long entry) {
        return ((Number) em.createNativeQuery("""
                SELECT c.number FROM individual_entries ie
                JOIN chest_numbers c ON c.member_id = ie.member_id AND c.edition_year = ie.edition_year AND c.is_current
                WHERE ie.id = ?1""").setParameter(1, entry).getSingleResult()).intValue();
    }

    @Transactional
    public String phoneOfEntry(long entry) {
        return (String) em.createNativeQuery("""
                SELECT m.phone FROM individual_entries ie JOIN members m ON m.id = ie.member_id WHERE ie.id = ?1""")
                .setParameter(1, entry).getSingleResult();
    }

    @Transactional
    public String phoneOfTeamMember(long team) {
        return (String) em.createNativeQuery("""
                SELECT min(m.phone) FROM team_members tm JOIN members m ON m.id = tm.member_id WHERE tm.team_id = ?1""")
                .setParameter(1, team).getSingleResult();
    }

    @Transactional
    public String eventResultState(long event) {
        return (String) em.createNativeQuery("SELECT state FROM event_results WHERE event_id = ?1")
                .setParameter(1, event).getSingleResult();
    }

    /** The actions the audit log holds on the appeal, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<String> auditActions(long appeal) {
        return em.createNativeQuery("""
                SELECT action FROM audit_log WHERE target_type = 'appeal' AND target_id = ?1 ORDER BY id""")
                .setParameter(1, Long.toString(appeal)).getResultList();
    }

    @Transactional
    public long appealsOfEntry(long entry) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM appeals WHERE individual_entry_id = ?1")
                .setParameter(1, entry).getSingleResult()).longValue();
    }
}
