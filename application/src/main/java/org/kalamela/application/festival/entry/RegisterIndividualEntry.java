package org.kalamela.application.festival.entry;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.chest.ChestNumberAllocation;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.edition.SeniorityPolicy;
import org.kalamela.domain.festival.eligibility.FestivalMember;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.entry.IndividualEntryCounts;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryLimits;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.entry.ParticipationLocks;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A district official enters a member of their district in an individual event of the current edition.
 *
 * <p>The limits hold under concurrency because the scope is locked before it is counted, in one
 * transaction: first the district's entries in the event under the member's seniority, then the member
 * (their events across the edition and their chest number). The seniority is the member's, derived from the
 * date of birth, never taken from the request. The member's chest number is the one they hold in the
 * edition or else the next free one of their series.
 */
@UseCase
public class RegisterIndividualEntry {

    private final CurrentEdition editions;
    private final EventLookup events;
    private final FestivalMemberDirectory members;
    private final IndividualEntryRepository entries;
    private final ParticipationLocks locks;
    private final ChestNumberAllocation chestNumbers;
    private final Clock clock;

    @Inject
    public RegisterIndividualEntry(CurrentEdition editions, EventLookup events, FestivalMemberDirectory members,
                                   IndividualEntryRepository entries, ParticipationLocks locks,
                                   ChestNumberAllocation chestNumbers, Clock clock) {
        this.editions = editions;
        this.events = events;
        this.members = members;
        this.entries = entries;
        this.locks = locks;
        this.chestNumbers = chestNumbers;
        this.clock = clock;
    }

    public record Command(EventId eventId, MemberId memberId) {
    }

    /**
     * @throws NotFound for an event of another edition, or a member missing or of another district
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code REGISTRATION_CLOSED}, {@code EVENT_INACTIVE},
     *         {@code EVENT_KIND_MISMATCH}, {@code MEMBER_EXCLUDED}, {@code NOT_ELIGIBLE},
     *         {@code ALREADY_ENTERED}, {@code MEMBER_EVENT_LIMIT}, {@code DISTRICT_EVENT_LIMIT},
     *         {@code CHEST_NUMBER_SERIES_EXHAUSTED}
     */
    @Transactional
    public RegisteredEntry execute(Command command, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        new Validation().required(command.eventId(), "eventId").required(command.memberId(), "memberId")
                .throwIfInvalid();
        DistrictId district = actor.districtId();
        Edition edition = editions.require();
        EditionYear year = edition.year();
        FestivalEvent event = events.require(command.eventId(), year);
        FestivalMember member = members.find(year, command.memberId())
                .filter(found -> found.districtId().equals(district))
                .orElseThrow(() -> new NotFound("Member", command.memberId()));
        Instant now = clock.instant();
        Optional<Seniority> seniority = new SeniorityPolicy(edition.rules())
                .seniorityOf(member.candidate().dateOfBirth());
        locks.lockIndividualEntry(year, district, event.id(), seniority, member.memberId());
        IndividualEntryCounts counts = entries.countsFor(year, district, event.id(), seniority, member.memberId());
        Seniority competing = new IndividualEntryLimits(edition)
                .check(member.candidate(), event, district, counts, now);
        ChestNumber chestNumber = chestNumbers.numberFor(edition, member.memberId(), competing);
        IndividualEntryId id = entries.create(new NewIndividualEntry(year, event.id(), member.memberId(), district,
                competing, actor.accountId(), now));
        return new RegisteredEntry(id, event.id(), member.memberId(), competing, chestNumber);
    }
}
