package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/** The individual entries in memory, with the unique key {@code (event, member)} the database has. */
public final class InMemoryIndividualEntryRepository implements IndividualEntryRepository {

    private final Map<IndividualEntryId, IndividualEntry> entries =
            new TreeMap<>(Comparator.comparingLong(IndividualEntryId::value));
    private long lastId;

    @Override
    public synchronized IndividualEntryId create(NewIndividualEntry entry) {
        if (exists(entry.eventId(), entry.memberId())) {
            throw new RuleViolation(ErrorCode.ALREADY_ENTERED,
                    "Member " + entry.memberId() + " is already entered in event " + entry.eventId());
        }
        IndividualEntryId id = IndividualEntryId.of(++lastId);
        entries.put(id, entry.withId(id));
        return id;
    }

    @Override
    public synchronized Optional<IndividualEntry> findById(IndividualEntryId id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public synchronized void delete(IndividualEntryId id) {
        entries.remove(id);
    }

    @Override
    public synchronized int countForDistrict(EditionYear edition, DistrictId district, EventId event,
                                             Seniority seniority) {
        return (int) entries.values().stream()
                .filter(entry -> entry.edition().equals(edition) && entry.districtId().equals(district)
                        && entry.eventId().equals(event) && entry.seniority() == seniority)
                .count();
    }

    @Override
    public synchronized int countForMember(EditionYear edition, MemberId member) {
        return (int) entries.values().stream()
                .filter(entry -> entry.edition().equals(edition) && entry.memberId().equals(member))
                .count();
    }

    @Override
    public synchronized boolean exists(EventId event, MemberId member) {
        return entries.values().stream()
                .anyMatch(entry -> entry.eventId().equals(event) && entry.memberId().equals(member));
    }

    @Override
    public synchronized boolean existsForEvent(EventId event) {
        return entries.values().stream().anyMatch(entry -> entry.eventId().equals(event));
    }

    /** Every stored entry, in id order: for the other fakes and for tests checking invariants. */
    public synchronized List<IndividualEntry> all() {
        return List.copyOf(entries.values());
    }
}
