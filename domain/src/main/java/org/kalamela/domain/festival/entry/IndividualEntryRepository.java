package org.kalamela.domain.festival.entry;

import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Outbound port: the individual entries of the editions.
 *
 * <p>The counts decide the limits, so a use case reads them only after taking the locks of
 * {@link ParticipationLocks} in the same transaction; the store adds what a lock cannot: a unique key on
 * {@code (event, member)} (the edition follows from the event) and foreign keys to the event and the member.
 */
public interface IndividualEntryRepository {

    /**
     * Stores a new entry and returns its id (positive, never reused).
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code ALREADY_ENTERED} when the member is already
     *         entered in the event (the unique key; the member lock makes this a last line of defence)
     */
    IndividualEntryId create(NewIndividualEntry entry);

    Optional<IndividualEntry> findById(IndividualEntryId id);

    /** Deletes the entry; the member's chest number is untouched. Deleting a missing entry does nothing. */
    void delete(IndividualEntryId id);

    /** Entries of the district in the event under that seniority: what the per-district limit counts. */
    int countForDistrict(EditionYear edition, DistrictId district, EventId event, Seniority seniority);

    /** Individual events the member is entered in across the whole edition, whoever entered them. */
    int countForMember(EditionYear edition, MemberId member);

    /** Whether the member is entered in the event. */
    boolean exists(EventId event, MemberId member);

    /**
     * The three counts an entry of the member in the event is decided on, read together: the district's
     * entries in the event under {@code seniority} (0 when the member has none), the member's individual events
     * across the edition, and whether the member is entered in the event. A store may read them in one
     * statement; each equals the method of the same meaning above.
     */
    default IndividualEntryCounts countsFor(EditionYear edition, DistrictId district, EventId event,
                                            Optional<Seniority> seniority, MemberId member) {
        return new IndividualEntryCounts(
                seniority.map(own -> countForDistrict(edition, district, event, own)).orElse(0),
                countForMember(edition, member), exists(event, member));
    }

    /** Whether any entry references the event (it then keeps its kind and cannot be deleted). */
    boolean existsForEvent(EventId event);
}
