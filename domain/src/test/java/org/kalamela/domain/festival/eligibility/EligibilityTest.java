package org.kalamela.domain.festival.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.AFTER_CLOSE;
import static org.kalamela.domain.festival.FestivalFixtures.DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.NOW;
import static org.kalamela.domain.festival.FestivalFixtures.OTHER_DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.OTHER_UNIT;
import static org.kalamela.domain.festival.FestivalFixtures.TOO_OLD_DOB;
import static org.kalamela.domain.festival.FestivalFixtures.edition;
import static org.kalamela.domain.festival.FestivalFixtures.excluded;
import static org.kalamela.domain.festival.FestivalFixtures.groupEvent;
import static org.kalamela.domain.festival.FestivalFixtures.inUnit;
import static org.kalamela.domain.festival.FestivalFixtures.individualEvent;
import static org.kalamela.domain.festival.FestivalFixtures.junior;
import static org.kalamela.domain.festival.FestivalFixtures.member;
import static org.kalamela.domain.festival.FestivalFixtures.openIndividualEvent;
import static org.kalamela.domain.festival.FestivalFixtures.senior;
import static org.kalamela.domain.festival.eligibility.IneligibilityReason.ALREADY_ENTERED;
import static org.kalamela.domain.festival.eligibility.IneligibilityReason.EVENT_INACTIVE;
import static org.kalamela.domain.festival.eligibility.IneligibilityReason.EXCLUDED;
import static org.kalamela.domain.festival.eligibility.IneligibilityReason.MEMBER_EVENT_LIMIT;
import static org.kalamela.domain.festival.eligibility.IneligibilityReason.NOT_IN_AGE_RANGE;
import static org.kalamela.domain.festival.eligibility.IneligibilityReason.REGISTRATION_CLOSED;
import static org.kalamela.domain.festival.eligibility.IneligibilityReason.WRONG_GENDER;
import static org.kalamela.domain.festival.eligibility.IneligibilityReason.WRONG_SENIORITY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.FestivalFixtures;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class EligibilityTest {

    private final Eligibility eligibility = new Eligibility(edition());
    private final FestivalEvent juniorBoys = individualEvent(1, "Solo Eastern Jr Boys", Gender.M, Seniority.JUNIOR);
    private final FestivalEvent open = openIndividualEvent(2);

    @Test
    void an_eligible_member_gets_the_seniority_of_the_date_of_birth() {
        EligibilityDecision decision = assess(junior(1), juniorBoys, MemberEntries.none());
        assertThat(decision.isEligible()).isTrue();
        assertThat(decision.seniority()).contains(Seniority.JUNIOR);
        assertThat(decision.reasons()).isEmpty();
        assertThat(assess(senior(2), open, MemberEntries.none()))
                .isEqualTo(EligibilityDecision.eligible(Seniority.SENIOR));
    }

    @Test
    void each_rule_gives_its_reason() {
        assertThat(assess(member(1, Gender.M, TOO_OLD_DOB), open, MemberEntries.none()).reasons())
                .containsExactly(NOT_IN_AGE_RANGE);
        assertThat(assess(member(1, Gender.M, LocalDate.of(2011, 7, 1)), open, MemberEntries.none()).reasons())
                .containsExactly(NOT_IN_AGE_RANGE);
        assertThat(assess(member(1, Gender.F, FestivalFixtures.JUNIOR_DOB), juniorBoys, MemberEntries.none())
                .reasons()).containsExactly(WRONG_GENDER);
        assertThat(assess(member(1, Gender.M, FestivalFixtures.SENIOR_DOB), juniorBoys, MemberEntries.none())
                .reasons()).containsExactly(WRONG_SENIORITY);
        assertThat(assess(excluded(junior(1)), juniorBoys, MemberEntries.none()).reasons()).containsExactly(EXCLUDED);
        assertThat(assess(junior(1), juniorBoys, new MemberEntries(true, 1)).reasons())
                .containsExactly(ALREADY_ENTERED);
        assertThat(assess(junior(1), juniorBoys, new MemberEntries(false, 5)).reasons())
                .containsExactly(MEMBER_EVENT_LIMIT);
        assertThat(eligibility.assess(inUnit(junior(1), OTHER_DISTRICT, OTHER_UNIT), juniorBoys, DISTRICT,
                MemberEntries.none(), NOW).reasons()).containsExactly(IneligibilityReason.OTHER_DISTRICT);
        assertThat(eligibility.assess(junior(1), juniorBoys, DISTRICT, MemberEntries.none(), AFTER_CLOSE).reasons())
                .containsExactly(REGISTRATION_CLOSED);
    }

    @Test
    void the_fourth_individual_event_leaves_room_for_the_fifth() {
        assertThat(assess(junior(1), open, new MemberEntries(false, 4)).isEligible()).isTrue();
        assertThat(assess(junior(1), open, new MemberEntries(false, 5)).reasons()).containsExactly(MEMBER_EVENT_LIMIT);
    }

    @Test
    void the_individual_event_limit_does_not_apply_to_group_events() {
        FestivalEvent groupSong = groupEvent(3, 3, 8, 1);
        assertThat(assess(junior(1), groupSong, new MemberEntries(false, 5)).isEligible()).isTrue();
        assertThat(assess(junior(1), groupSong, new MemberEntries(true, 5)).reasons()).containsExactly(ALREADY_ENTERED);
    }

    @Test
    void every_reason_is_listed_in_a_stable_order_for_the_explanation() {
        Edition edition = edition();
        FestivalEvent inactive = new FestivalEvent(juniorBoys.id(), juniorBoys.edition(), juniorBoys.name(),
                juniorBoys.kind(), juniorBoys.category(), juniorBoys.genderRestriction(),
                juniorBoys.seniorityRestriction(), true, false, juniorBoys.shortCode(), Optional.empty());
        Candidate seniorGirlElsewhere = inUnit(excluded(member(9, Gender.F, FestivalFixtures.SENIOR_DOB)),
                OTHER_DISTRICT, OTHER_UNIT);
        EligibilityDecision decision = new Eligibility(edition).assess(seniorGirlElsewhere, inactive, DISTRICT,
                new MemberEntries(true, 5), AFTER_CLOSE);
        assertThat(decision.isEligible()).isFalse();
        assertThat(decision.seniority()).contains(Seniority.SENIOR);
        assertThat(decision.reasons()).containsExactly(REGISTRATION_CLOSED, EVENT_INACTIVE,
                IneligibilityReason.OTHER_DISTRICT, EXCLUDED, WRONG_SENIORITY, WRONG_GENDER, ALREADY_ENTERED);
    }

    @Test
    void a_member_out_of_range_has_no_seniority_and_no_seniority_mismatch() {
        EligibilityDecision decision = assess(member(1, Gender.M, TOO_OLD_DOB), juniorBoys, MemberEntries.none());
        assertThat(decision.seniority()).isEmpty();
        assertThat(decision.reasons()).containsExactly(NOT_IN_AGE_RANGE);
    }

    @Test
    void a_decision_keeps_each_reason_once_and_needs_a_seniority_when_eligible() {
        EligibilityDecision decision = new EligibilityDecision(Optional.empty(),
                List.of(WRONG_GENDER, NOT_IN_AGE_RANGE, WRONG_GENDER));
        assertThat(decision.reasons()).containsExactly(NOT_IN_AGE_RANGE, WRONG_GENDER);
        assertThatThrownBy(() -> new EligibilityDecision(Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void not_eligible_says_why() {
        EligibilityDecision decision = assess(member(1, Gender.F, FestivalFixtures.SENIOR_DOB), juniorBoys,
                MemberEntries.none());
        assertThatThrownBy(() -> decision.requireEligible(MemberId.of(1), juniorBoys))
                .hasMessageContaining("Junior members and the member is Senior")
                .hasMessageContaining("gender M only");
    }

    @Test
    void an_event_of_another_edition_is_a_programming_error() {
        FestivalEvent other = new FestivalEvent(EventId.of(5), EditionYear.of(2025), "Old", EventKind.INDIVIDUAL,
                EventCategory.MUSIC, null, null, true, true, new ShortCode("O"), null);
        assertThatThrownBy(() -> assess(junior(1), other, MemberEntries.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private EligibilityDecision assess(Candidate member, FestivalEvent event, MemberEntries entries) {
        return eligibility.assess(member, event, DISTRICT, entries, NOW);
    }
}
