package org.kalamela.domain.festival.entry;

import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Outbound port: exclusive locks on the scopes whose limits a use case checks, so that two requests cannot
 * both count the last free place and both take it. A use case takes the lock, then counts, then writes,
 * all in its one transaction.
 *
 * <p>Every lock is held until the surrounding transaction ends (commit or rollback) and cannot be released
 * earlier; taking a lock the transaction already holds returns at once. It is exclusive across every
 * instance of the application, which is why it lives in the database: the PostgreSQL adapter calls
 * {@code pg_advisory_xact_lock} with a key derived from the scope (a kind tag and the scope's fields). Two
 * different scopes that happen to share a key only wait for each other, which is safe.
 *
 * <p>To rule out deadlocks, a transaction takes its locks in this order: the district's scope of an event
 * ({@link #lockDistrictEntries} or {@link #lockDistrictTeams}), then members in ascending id order. The
 * counters of chest and team numbers, whose row locks are taken when a number is drawn, come after all of
 * these.
 */
public interface ParticipationLocks {

    /**
     * Locks the district's individual entries in the event under one seniority: held while the per-district
     * limit ({@code maxEntriesPerDistrictPerEvent}) is counted and the entry is written.
     */
    void lockDistrictEntries(EditionYear edition, DistrictId district, EventId event, Seniority seniority);

    /**
     * Locks the district's teams in a group event: held while team limits, team sizes and team membership
     * are checked and changed. Every team of the district in the event, and so every unit of it, is under
     * this one lock; a member belongs to one district, so no other district can put them in a team.
     */
    void lockDistrictTeams(EditionYear edition, DistrictId district, EventId event);

    /**
     * Locks one member's participation in the edition: held while their individual events are counted
     * ({@code maxIndividualEventsPerMember}, across all events) and while their chest number is looked up and
     * allocated, so that the member ends with exactly one number.
     */
    void lockMember(EditionYear edition, MemberId member);

    /**
     * Locks what an individual entry of the member in the event decides on, in the order above: the district's
     * entries in the event under the member's seniority (none when the member has no seniority in the edition),
     * then the member. A store may take both in one statement; the effect is that of the two methods above.
     */
    default void lockIndividualEntry(EditionYear edition, DistrictId district, EventId event,
                                     Optional<Seniority> seniority, MemberId member) {
        seniority.ifPresent(own -> lockDistrictEntries(edition, district, event, own));
        lockMember(edition, member);
    }
}
