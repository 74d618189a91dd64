package org.kalamela.domain.festival.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.AFTER_CLOSE;
import static org.kalamela.domain.festival.FestivalFixtures.DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.NOW;
import static org.kalamela.domain.festival.FestivalFixtures.OTHER_DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.OTHER_UNIT;
import static org.kalamela.domain.festival.FestivalFixtures.TOO_OLD_DOB;
import static org.kalamela.domain.festival.FestivalFixtures.assertNotFound;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;
import static org.kalamela.domain.festival.FestivalFixtures.edition;
import static org.kalamela.domain.festival.FestivalFixtures.excluded;
import static org.kalamela.domain.festival.FestivalFixtures.groupEvent;
import static org.kalamela.domain.festival.FestivalFixtures.inUnit;
import static org.kalamela.domain.festival.FestivalFixtures.individualEvent;
import static org.kalamela.domain.festival.FestivalFixtures.junior;
import static org.kalamela.domain.festival.FestivalFixtures.member;
import static org.kalamela.domain.festival.FestivalFixtures.openIndividualEvent;
import static org.kalamela.domain.festival.FestivalFixtures.senior;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.FestivalFixtures;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.eligibility.MemberEntries;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.value.Gender;

class IndividualEntryLimitsTest {

    private final IndividualEntryLimits limits = new IndividualEntryLimits(edition());
    private final FestivalEvent open = openIndividualEvent(1);

    @Test
    void the_second_entry_of_a_district_is_taken_and_the_third_refused() {
        assertThat(check(junior(1), open, counts(0, 0, false))).isEqualTo(Seniority.JUNIOR);
        assertThat(check(junior(1), open, counts(1, 0, false))).isEqualTo(Seniority.JUNIOR);
        assertViolation(() -> check(junior(1), open, counts(2, 0, false)), "DISTRICT_EVENT_LIMIT");
    }

    @Test
    void the_district_limit_is_per_seniority_and_uses_the_seniority_of_the_date_of_birth() {
        assertThat(check(senior(2), open, counts(1, 0, false))).isEqualTo(Seniority.SENIOR);
        assertThatThrownBy(() -> check(senior(2), open, counts(2, 0, false)))
                .hasMessageContaining("2 Senior entries");
    }

    @Test
    void the_fifth_event_of_a_member_is_taken_and_the_sixth_refused() {
        assertThat(check(junior(1), open, counts(0, 4, false))).isEqualTo(Seniority.JUNIOR);
        assertViolation(() -> check(junior(1), open, counts(0, 5, false)), "MEMBER_EVENT_LIMIT");
    }

    @Test
    void limits_come_from_the_edition_rules() {
        IndividualEntryLimits three = new IndividualEntryLimits(edition(FestivalFixtures.withLimits(3, 6, 2)));
        assertThat(three.check(junior(1), open, DISTRICT, counts(2, 5, false), NOW)).isEqualTo(Seniority.JUNIOR);
        assertViolation(() -> three.check(junior(1), open, DISTRICT, counts(3, 0, false), NOW),
                "DISTRICT_EVENT_LIMIT");
        assertViolation(() -> three.check(junior(1), open, DISTRICT, counts(0, 6, false), NOW),
                "MEMBER_EVENT_LIMIT");
    }

    @Test
    void a_member_enters_an_event_once() {
        assertViolation(() -> check(junior(1), open, counts(1, 1, true)), "ALREADY_ENTERED");
    }

    @Test
    void an_excluded_member_cannot_be_entered() {
        assertViolation(() -> check(excluded(junior(1)), open, counts(0, 0, false)), "MEMBER_EXCLUDED");
    }

    @Test
    void a_member_outside_the_event_restrictions_is_not_eligible_and_told_why() {
        FestivalEvent juniorGirls = individualEvent(2, "Solo Eastern Jr Girls", Gender.F, Seniority.JUNIOR);
        assertViolation(() -> check(junior(1), juniorGirls, counts(0, 0, false)), "NOT_ELIGIBLE");
        assertThatThrownBy(() -> check(junior(1), juniorGirls, counts(0, 0, false)))
                .hasMessageContaining("Solo Eastern Jr Girls").hasMessageContaining("gender F only");
        assertThatThrownBy(() -> check(member(3, Gender.F, TOO_OLD_DOB), juniorGirls, counts(0, 0, false)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("NOT_ELIGIBLE"))
                .hasMessageContaining("outside the junior and senior ranges");
        assertThatThrownBy(() -> check(member(4, Gender.F, FestivalFixtures.SENIOR_DOB), juniorGirls,
                counts(0, 0, false))).hasMessageContaining("for Junior members and the member is Senior");
    }

    @Test
    void a_member_of_another_district_is_not_found() {
        assertNotFound(() -> check(inUnit(junior(1), OTHER_DISTRICT, OTHER_UNIT), open, counts(0, 0, false)));
    }

    @Test
    void nothing_is_entered_once_registration_closes() {
        assertViolation(() -> limits.check(junior(1), open, DISTRICT, counts(0, 0, false), AFTER_CLOSE),
                "REGISTRATION_CLOSED");
    }

    @Test
    void an_inactive_event_takes_no_entries() {
        FestivalEvent inactive = new FestivalEvent(open.id(), open.edition(), open.name(), open.kind(),
                open.category(), Optional.empty(), Optional.empty(), true, false, open.shortCode(), Optional.empty());
        assertViolation(() -> check(junior(1), inactive, counts(0, 0, false)), "EVENT_INACTIVE");
    }

    @Test
    void a_group_event_takes_teams_not_individual_entries() {
        assertViolation(() -> check(junior(1), groupEvent(9, 3, 8, 1), counts(0, 0, false)), "EVENT_KIND_MISMATCH");
    }

    @Test
    void counts_are_never_negative() {
        assertThatThrownBy(() -> counts(-1, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemberEntries(false, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private Seniority check(Candidate member, FestivalEvent event, IndividualEntryCounts counts) {
        return limits.check(member, event, DISTRICT, counts, NOW);
    }

    private static IndividualEntryCounts counts(int district, int member, boolean entered) {
        return new IndividualEntryCounts(district, member, entered);
    }
}
