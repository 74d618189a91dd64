package org.kalamela.application.festival.eligibility;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.eligibility.Eligibility;
import org.kalamela.domain.festival.eligibility.EligibilityDecision;
import org.kalamela.domain.festival.eligibility.EventCandidate;
import org.kalamela.domain.festival.eligibility.FestivalMember;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A district official lists the members of their district (or of one unit of it) who may be entered in an
 * event of the current edition, each with the seniority they compete in; with {@code explain} also the
 * members left out and every reason why ({@link Eligibility}). The district's own limits are not a
 * member's matter: the events overview shows the places left.
 */
@UseCase
public class ListEligibleMembers {

    private final CurrentEdition editions;
    private final EventLookup events;
    private final FestivalMemberDirectory members;
    private final Clock clock;

    @Inject
    public ListEligibleMembers(CurrentEdition editions, EventLookup events, FestivalMemberDirectory members,
                               Clock clock) {
        this.editions = editions;
        this.events = events;
        this.members = members;
        this.clock = clock;
    }

    /** @param unitId null for the whole district */
    public record Query(EventId eventId, UnitId unitId, boolean explain) {
    }

    /** @throws NotFound for an event of another edition or a unit of another district */
    @Transactional
    public EligibleMembers execute(Query query, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        new Validation().required(query.eventId(), "eventId").throwIfInvalid();
        DistrictId district = actor.districtId();
        Edition edition = editions.require();
        FestivalEvent event = events.require(query.eventId(), edition.year());
        Optional<UnitId> unit = Optional.ofNullable(query.unitId());
        if (unit.isPresent() && !members.districtOfUnit(unit.get()).equals(Optional.of(district))) {
            throw new NotFound("Unit", unit.get());
        }
        Eligibility eligibility = new Eligibility(edition);
        Instant now = clock.instant();
        List<CandidateRow> eligible = new ArrayList<>();
        List<CandidateRow> leftOut = new ArrayList<>();
        for (EventCandidate candidate : members.candidates(edition.year(), event.id(), district, unit)) {
            FestivalMember member = candidate.member();
            EligibilityDecision decision = eligibility.assess(member.candidate(), event, district,
                    candidate.entries(), now);
            CandidateRow row = new CandidateRow(member.memberId(), member.name(), member.unitId(),
                    member.unitName(), member.candidate().gender(), decision.seniority(), decision.reasons());
            if (decision.isEligible()) {
                eligible.add(row);
            } else if (query.explain()) {
                leftOut.add(row);
            }
        }
        return new EligibleMembers(event.id(), eligible, leftOut);
    }
}
