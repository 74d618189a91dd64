package org.kalamela.adapters.persistence.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.domain.registry.member.MemberEntryLookup;
import org.kalamela.domain.shared.id.MemberId;

/** Asks the festival's tables (V3) whether a member has an individual entry or is in a team, in any edition. */
@ApplicationScoped
public class PostgresMemberEntryLookup implements MemberEntryLookup {

    private final EntityManager em;

    @Inject
    public PostgresMemberEntryLookup(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean hasEntries(MemberId member) {
        return em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM individual_entries WHERE member_id = ?1)
                            OR EXISTS (SELECT 1 FROM team_members WHERE member_id = ?1)
                            OR EXISTS (SELECT 1 FROM conference_delegates WHERE member_id = ?1)""", Boolean.class)
                .setParameter(1, member.value())
                .getSingleResult().equals(Boolean.TRUE);
    }
}
