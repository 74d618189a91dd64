package org.kalamela.domain.conference.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceDetails;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class DelegateRulesTest {

    private static final Instant AT = Instant.parse("2026-01-10T10:00:00Z");
    private static final Conference ACTIVE = new Conference(ConferenceId.of(1),
            new ConferenceDetails("Youth Conference", null, ConferenceDetails.DEFAULT_DELEGATE_FEE), true, AT);
    private static final Conference INACTIVE = ACTIVE.withActive(false);
    private static final DistrictId ADOOR = DistrictId.of(3);
    private static final DistrictId KOTTAYAM = DistrictId.of(4);
    private static final ConferenceMember ANU = new ConferenceMember(MemberId.of(7), ADOOR, "Anu", Gender.F);
    private static final DelegateLimits LIMITS = new DelegateLimits(5, 25);

    private static DelegateCounts registered(int count) {
        return new DelegateCounts(count, false);
    }

    @Test
    void a_member_of_the_district_under_the_limit_may_become_either_kind_of_delegate() {
        for (DelegateKind kind : DelegateKind.values()) {
            assertThatCode(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, kind, LIMITS, registered(0)))
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.OFFICIAL, LIMITS, registered(4)))
                .doesNotThrowAnyException();
        assertThatCode(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.MEMBER, LIMITS, registered(24)))
                .doesNotThrowAnyException();
    }

    @Test
    void each_kind_stops_at_its_own_limit() {
        assertRefused(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.OFFICIAL, LIMITS, registered(5)),
                "CONFERENCE_OFFICIAL_LIMIT", "The district already has 5 official delegates, its limit");
        assertRefused(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.MEMBER, LIMITS, registered(25)),
                "CONFERENCE_MEMBER_LIMIT", "The district already has 25 member delegates, its limit");
        assertThatCode(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.MEMBER, LIMITS, registered(5)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_limit_of_zero_takes_nobody_and_a_lowered_limit_takes_nobody_more() {
        DelegateLimits none = new DelegateLimits(0, 0);
        assertRefused(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.MEMBER, none, registered(0)),
                "CONFERENCE_MEMBER_LIMIT", "The district already has 0 member delegates, its limit");
        assertRefused(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.MEMBER, LIMITS, registered(30)),
                "CONFERENCE_MEMBER_LIMIT", "The district already has 25 member delegates, its limit");
    }

    @Property
    void exactly_the_limit_is_admitted(@ForAll @IntRange(max = 60) int limit, @ForAll @IntRange(max = 80) int count) {
        DelegateLimits limits = new DelegateLimits(limit, limit);
        boolean admitted;
        try {
            DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.MEMBER, limits, registered(count));
            admitted = true;
        } catch (RuleViolation refused) {
            admitted = false;
        }
        assertThat(admitted).isEqualTo(count < limit);
    }

    @Test
    void a_member_is_a_delegate_once_per_conference() {
        assertRefused(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.MEMBER, LIMITS,
                new DelegateCounts(0, true)), "ALREADY_DELEGATE", "Anu is already a delegate of 'Youth Conference'");
    }

    @Test
    void a_duplicate_is_told_before_the_limit() {
        assertRefused(() -> DelegateRules.checkNew(ACTIVE, ANU, ADOOR, DelegateKind.MEMBER, LIMITS,
                new DelegateCounts(25, true)), "ALREADY_DELEGATE", "Anu is already a delegate of 'Youth Conference'");
    }

    @Test
    void a_member_of_another_district_is_not_found_even_for_an_inactive_conference() {
        assertThatThrownBy(() -> DelegateRules.checkNew(ACTIVE, ANU, KOTTAYAM, DelegateKind.MEMBER, LIMITS,
                registered(0))).isInstanceOf(NotFound.class).hasMessage("Member 7 was not found");
        assertThatThrownBy(() -> DelegateRules.checkNew(INACTIVE, ANU, KOTTAYAM, DelegateKind.MEMBER, LIMITS,
                registered(0))).isInstanceOf(NotFound.class);
    }

    @Test
    void an_inactive_conference_takes_no_delegates() {
        assertRefused(() -> DelegateRules.checkNew(INACTIVE, ANU, ADOOR, DelegateKind.MEMBER, LIMITS, registered(0)),
                "CONFERENCE_INACTIVE", "The conference 'Youth Conference' is not active");
    }

    @Test
    void an_official_removes_member_delegates_of_an_active_conference_only() {
        Delegate member = new Delegate(DelegateId.of(1), ACTIVE.id(), ADOOR, ANU.memberId(), DelegateKind.MEMBER,
                new DelegateNeeds(FoodPreference.VEG, false), null, AccountId.of(9), AT);
        Delegate official = new Delegate(DelegateId.of(2), ACTIVE.id(), ADOOR, MemberId.of(8),
                DelegateKind.OFFICIAL, new DelegateNeeds(FoodPreference.NON_VEG, true), AccountId.of(9),
                AccountId.of(1), AT);

        assertThatCode(() -> DelegateRules.checkRemovalByOfficial(ACTIVE, member, ADOOR)).doesNotThrowAnyException();
        assertRefused(() -> DelegateRules.checkRemovalByOfficial(ACTIVE, official, ADOOR), "DELEGATE_IS_OFFICIAL",
                "Delegate 2 is an appointed official; the admin removes the appointment");
        assertRefused(() -> DelegateRules.checkRemovalByOfficial(INACTIVE, member, ADOOR), "CONFERENCE_INACTIVE",
                "The conference 'Youth Conference' is not active");
    }

    @Test
    void an_official_never_removes_another_districts_delegate_whatever_it_is() {
        Delegate member = new Delegate(DelegateId.of(1), ACTIVE.id(), ADOOR, ANU.memberId(), DelegateKind.MEMBER,
                new DelegateNeeds(FoodPreference.VEG, false), null, AccountId.of(9), AT);
        Delegate official = new Delegate(DelegateId.of(2), ACTIVE.id(), ADOOR, MemberId.of(8),
                DelegateKind.OFFICIAL, new DelegateNeeds(FoodPreference.NON_VEG, true), AccountId.of(9),
                AccountId.of(1), AT);

        for (Conference conference : new Conference[] {ACTIVE, INACTIVE}) {
            for (Delegate delegate : new Delegate[] {member, official}) {
                assertThatThrownBy(() -> DelegateRules.checkRemovalByOfficial(conference, delegate, KOTTAYAM))
                        .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"))
                        .hasMessage("Delegate " + delegate.id() + " was not found");
            }
        }
    }
}
