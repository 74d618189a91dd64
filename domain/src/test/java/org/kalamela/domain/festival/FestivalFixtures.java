package org.kalamela.domain.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.kalamela.domain.shared.DistrictId;
import org.kalamela.domain.shared.FieldError;
import org.kalamela.domain.shared.Gender;
import org.kalamela.domain.shared.InvalidInput;
import org.kalamela.domain.shared.MemberId;
import org.kalamela.domain.shared.NotFound;
import org.kalamela.domain.shared.RuleViolation;
import org.kalamela.domain.shared.UnitId;

/** Shared test data: the 2026 edition with its real rules, open around {@link #NOW}. */
final class FestivalFixtures {

    static final Instant NOW = Instant.parse("2025-11-15T10:00:00Z");
    static final EditionYear YEAR = EditionYear.of(2026);
    static final RegistrationWindow WINDOW =
            new RegistrationWindow(NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30)));
    static final Instant AFTER_CLOSE = WINDOW.closes();
    static final DistrictId DISTRICT = DistrictId.of(1);
    static final DistrictId OTHER_DISTRICT = DistrictId.of(2);
    static final UnitId UNIT = UnitId.of(10);
    static final UnitId OTHER_UNIT = UnitId.of(11);
    static final LocalDate JUNIOR_DOB = LocalDate.of(2008, 3, 1);
    static final LocalDate SENIOR_DOB = LocalDate.of(1998, 5, 5);
    static final LocalDate TOO_OLD_DOB = LocalDate.of(1985, 1, 1);

    private FestivalFixtures() {
    }

    static Edition edition() {
        return edition(FestivalRules.defaults2026());
    }

    static Edition edition(FestivalRules rules) {
        return new Edition(YEAR, rules, WINDOW);
    }

    static FestivalEvent individualEvent(long id, String name, Gender gender, Seniority seniority) {
        return new FestivalEvent(EventId.of(id), YEAR, name, EventKind.INDIVIDUAL, EventCategory.MUSIC,
                Optional.ofNullable(gender), Optional.ofNullable(seniority), true, true,
                new ShortCode("E" + id), Optional.empty());
    }

    static FestivalEvent openIndividualEvent(long id) {
        return individualEvent(id, "Event " + id, null, null);
    }

    static FestivalEvent groupEvent(long id, int min, int max, int teamsPerUnit) {
        return new FestivalEvent(EventId.of(id), YEAR, "Group " + id, EventKind.GROUP, EventCategory.MUSIC,
                Optional.empty(), Optional.empty(), true, true, new ShortCode("G" + id),
                Optional.of(new TeamFormat(min, max, teamsPerUnit)));
    }

    static Candidate member(long id, Gender gender, LocalDate dateOfBirth) {
        return new Candidate(MemberId.of(id), gender, dateOfBirth, false, DISTRICT, UNIT);
    }

    static Candidate junior(long id) {
        return member(id, Gender.M, JUNIOR_DOB);
    }

    static Candidate senior(long id) {
        return member(id, Gender.F, SENIOR_DOB);
    }

    static Candidate inUnit(Candidate member, DistrictId district, UnitId unit) {
        return new Candidate(member.memberId(), member.gender(), member.dateOfBirth(), member.excluded(),
                district, unit);
    }

    static Candidate excluded(Candidate member) {
        return new Candidate(member.memberId(), member.gender(), member.dateOfBirth(), true,
                member.districtId(), member.unitId());
    }

    static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFound.class);
    }

    static void assertInvalidField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains(field));
    }
}
