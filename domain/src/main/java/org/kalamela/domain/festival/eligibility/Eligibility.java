package org.kalamela.domain.festival.eligibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.edition.SeniorityPolicy;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Decides whether a member may be entered in an event of the edition by the official of a district, and
 * if not, every reason why. Entry limits of the district are not a member's matter and are checked by
 * {@link org.kalamela.domain.festival.entry.IndividualEntryLimits} and {@link org.kalamela.domain.festival.team.TeamRules}.
 */
public final class Eligibility {

    private final Edition edition;
    private final SeniorityPolicy seniorityPolicy;

    public Eligibility(Edition edition) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.seniorityPolicy = new SeniorityPolicy(edition.rules());
    }

    /**
     * @param actingDistrict the district of the official registering
     * @param entries what the member already has in the edition, read by the caller
     */
    public EligibilityDecision assess(Candidate member, FestivalEvent event, DistrictId actingDistrict,
                                      MemberEntries entries, Instant now) {
        if (!event.edition().equals(edition.year())) {
            throw new IllegalArgumentException(event.name() + " belongs to edition " + event.edition()
                    + ", not " + edition.year());
        }
        List<IneligibilityReason> reasons = new ArrayList<>();
        Optional<Seniority> seniority = seniorityPolicy.seniorityOf(member.dateOfBirth());
        add(reasons, !edition.registrationWindow().isOpen(now), IneligibilityReason.REGISTRATION_CLOSED);
        add(reasons, !event.active(), IneligibilityReason.EVENT_INACTIVE);
        add(reasons, !member.districtId().equals(actingDistrict), IneligibilityReason.OTHER_DISTRICT);
        add(reasons, member.excluded(), IneligibilityReason.EXCLUDED);
        add(reasons, seniority.isEmpty(), IneligibilityReason.NOT_IN_AGE_RANGE);
        add(reasons, seniority.isPresent() && !event.admits(seniority.get()), IneligibilityReason.WRONG_SENIORITY);
        add(reasons, !event.admits(member.gender()), IneligibilityReason.WRONG_GENDER);
        add(reasons, entries.enteredInEvent(), IneligibilityReason.ALREADY_ENTERED);
        add(reasons, !event.isGroup() && !entries.enteredInEvent()
                        && entries.individualEvents() >= edition.rules().maxIndividualEventsPerMember(),
                IneligibilityReason.MEMBER_EVENT_LIMIT);
        return new EligibilityDecision(seniority, reasons);
    }

    private static void add(List<IneligibilityReason> reasons, boolean applies, IneligibilityReason reason) {
        if (applies) {
            reasons.add(reason);
        }
    }
}
