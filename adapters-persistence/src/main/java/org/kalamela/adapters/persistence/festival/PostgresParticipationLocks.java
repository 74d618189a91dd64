package org.kalamela.adapters.persistence.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.ParticipationLocks;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * The scopes of the festival's limits locked with {@code pg_advisory_xact_lock}: held until the calling use
 * case's transaction ends, exclusive across every instance, re-entrant within one transaction
 * (docs/architecture.md, ADR-7, lists the scopes). Each lock is one statement; an individual entry's two are one.
 */
@ApplicationScoped
public class PostgresParticipationLocks implements ParticipationLocks {

    private final EntityManager em;

    @Inject
    public PostgresParticipationLocks(EntityManager em) {
        this.em = em;
    }

    /** {@code festival/entries/<edition>/district/<id>/event/<id>/<JUNIOR|SENIOR>} */
    public static AdvisoryLockKey districtEntries(EditionYear edition, DistrictId district, EventId event,
                                                  Seniority seniority) {
        return AdvisoryLockKey.of("festival/entries/" + edition + "/district/" + district + "/event/" + event + "/"
                + seniority.name());
    }

    /** {@code festival/teams/<edition>/district/<id>/event/<id>} */
    public static AdvisoryLockKey districtTeams(EditionYear edition, DistrictId district, EventId event) {
        return AdvisoryLockKey.of("festival/teams/" + edition + "/district/" + district + "/event/" + event);
    }

    /** {@code festival/member/<edition>/<id>} */
    public static AdvisoryLockKey member(EditionYear edition, MemberId member) {
        return AdvisoryLockKey.of("festival/member/" + edition + "/" + member);
    }

    @Override
    public void lockDistrictEntries(EditionYear edition, DistrictId district, EventId event, Seniority seniority) {
        districtEntries(edition, district, event, seniority).acquire(em);
    }

    @Override
    public void lockDistrictTeams(EditionYear edition, DistrictId district, EventId event) {
        districtTeams(edition, district, event).acquire(em);
    }

    @Override
    public void lockMember(EditionYear edition, MemberId member) {
        member(edition, member).acquire(em);
    }

    /**
     * Both locks of an entry in one round trip. The member's lock is taken in the outer query's select list,
     * computed for the one row of the inner query (a subquery scan of its own: {@code OFFSET 0} keeps the planner
     * from merging it), so the district's lock is always taken first, as the order of
     * {@link ParticipationLocks} requires. ({@code void} has no JDBC type: hence the cast.)
     */
    @Override
    public void lockIndividualEntry(EditionYear edition, DistrictId district, EventId event,
                                    Optional<Seniority> seniority, MemberId member) {
        if (seniority.isEmpty()) {
            lockMember(edition, member);
            return;
        }
        em.createNativeQuery("""
                        SELECT CAST(pg_advisory_xact_lock(?2) AS text)
                        FROM (SELECT 1 FROM pg_advisory_xact_lock(?1) OFFSET 0) AS district_scope""")
                .setParameter(1, districtEntries(edition, district, event, seniority.get()).key())
                .setParameter(2, member(edition, member).key())
                .getSingleResult();
    }
}
