package org.kalamela.domain.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.MarkAggregation;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.Money;

/**
 * Shared test data of the festival's sub-packages: the 2026 edition with its real rules, open around
 * {@link #NOW}, and rules that differ from them in one respect.
 */
public final class FestivalFixtures {

    public static final Instant NOW = Instant.parse("2025-11-15T10:00:00Z");
    public static final EditionYear YEAR = EditionYear.of(2026);
    public static final RegistrationWindow WINDOW =
            new RegistrationWindow(NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30)));
    public static final Instant AFTER_CLOSE = WINDOW.closes();
    public static final DistrictId DISTRICT = DistrictId.of(1);
    public static final DistrictId OTHER_DISTRICT = DistrictId.of(2);
    public static final UnitId UNIT = UnitId.of(10);
    public static final UnitId OTHER_UNIT = UnitId.of(11);
    public static final LocalDate JUNIOR_DOB = LocalDate.of(2008, 3, 1);
    public static final LocalDate SENIOR_DOB = LocalDate.of(1998, 5, 5);
    public static final LocalDate TOO_OLD_DOB = LocalDate.of(1985, 1, 1);

    private FestivalFixtures() {
    }

    public static Edition edition() {
        return edition(FestivalRules.defaults2026());
    }

    public static Edition edition(FestivalRules rules) {
        return new Edition(YEAR, rules, WINDOW);
    }

    public static FestivalRules withSeries(ChestNumberSeries junior, ChestNumberSeries senior) {
        FestivalRules d = FestivalRules.defaults2026();
        return new FestivalRules(d.juniorBirthDates(), d.seniorBirthDates(), 2, 5, junior, senior, 2,
                d.individualFee(), d.teamFee(), d.conferenceDelegateFee(), d.appealFee(), d.grades(),
                d.rankPoints(), 30, 2, 3, MarkAggregation.MEAN, 5);
    }

    public static FestivalRules withLimits(int perDistrictPerEvent, int perMember, int teamsPerDistrict) {
        FestivalRules d = FestivalRules.defaults2026();
        return new FestivalRules(d.juniorBirthDates(), d.seniorBirthDates(), perDistrictPerEvent, perMember,
                d.juniorChestNumbers(), d.seniorChestNumbers(), teamsPerDistrict, d.individualFee(), d.teamFee(),
                d.conferenceDelegateFee(), d.appealFee(), d.grades(), d.rankPoints(), 30, 2, 3,
                MarkAggregation.MEAN, 5);
    }

    public static FestivalRules withFees(Money individual, Money team) {
        FestivalRules d = FestivalRules.defaults2026();
        return new FestivalRules(d.juniorBirthDates(), d.seniorBirthDates(), 2, 5, d.juniorChestNumbers(),
                d.seniorChestNumbers(), 2, individual, team, d.conferenceDelegateFee(), d.appealFee(), d.grades(),
                d.rankPoints(), 30, 2, 3, MarkAggregation.MEAN, 5);
    }

    public static FestivalEvent individualEvent(long id, String name, Gender gender, Seniority seniority) {
        return new FestivalEvent(EventId.of(id), YEAR, name, EventKind.INDIVIDUAL, EventCategory.MUSIC,
                Optional.ofNullable(gender), Optional.ofNullable(seniority), true, true,
                new ShortCode("E" + id), Optional.empty());
    }

    public static FestivalEvent openIndividualEvent(long id) {
        return individualEvent(id, "Event " + id, null, null);
    }

    public static FestivalEvent groupEvent(long id, int min, int max, int teamsPerUnit) {
        return new FestivalEvent(EventId.of(id), YEAR, "Group " + id, EventKind.GROUP, EventCategory.MUSIC,
                Optional.empty(), Optional.empty(), true, true, new ShortCode("G" + id),
                Optional.of(new TeamFormat(min, max, teamsPerUnit)));
    }

    public static Candidate member(long id, Gender gender, LocalDate dateOfBirth) {
        return new Candidate(MemberId.of(id), gender, dateOfBirth, false, DISTRICT, UNIT);
    }

    public static Candidate junior(long id) {
        return member(id, Gender.M, JUNIOR_DOB);
    }

    public static Candidate senior(long id) {
        return member(id, Gender.F, SENIOR_DOB);
    }

    public static Candidate inUnit(Candidate member, DistrictId district, UnitId unit) {
        return new Candidate(member.memberId(), member.gender(), member.dateOfBirth(), member.excluded(),
                district, unit);
    }

    public static Candidate excluded(Candidate member) {
        return new Candidate(member.memberId(), member.gender(), member.dateOfBirth(), true,
                member.districtId(), member.unitId());
    }

    public static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    public static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFound.class);
    }

    public static void assertInvalidField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains(field));
    }
}
