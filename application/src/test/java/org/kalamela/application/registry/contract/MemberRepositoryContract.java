package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.member.BloodGroup;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** The contract of {@link MemberRepository}, for the fake and the adapter. */
public abstract class MemberRepositoryContract extends RegistryContractSupport {

    private static final LocalDate BORN = LocalDate.of(2006, 4, 1);

    @Test
    public void an_added_member_is_found_with_every_field() {
        UnitId unit = aRegisteredUnit().unitId();
        MemberDetails details = new MemberDetails("Anu Mathew", Gender.F, BORN, aPhone(), "BSc Nursing",
                BloodGroup.AB_NEGATIVE);

        Member added = members().add(unit, details);

        assertThat(added.unitId()).isEqualTo(unit);
        assertThat(added.details()).isEqualTo(details);
        assertThat(members().findById(added.id())).contains(added);
        assertThat(members().findById(MemberId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    public void optional_fields_stay_absent() {
        Member added = members().add(aRegisteredUnit().unitId(), details("Binu", Gender.M, BORN));

        Member found = members().findById(added.id()).orElseThrow();
        assertThat(found.details().qualification()).isNull();
        assertThat(found.details().bloodGroup()).isNull();
    }

    @Test
    public void a_units_members_are_listed_by_name_and_counted() {
        UnitId unit = aRegisteredUnit().unitId();
        Member c = members().add(unit, details("Cicily", Gender.F, BORN));
        Member a = members().add(unit, details("Abel", Gender.M, BORN));
        members().add(aRegisteredUnit().unitId(), details("Other unit", Gender.M, BORN));

        assertThat(members().findByUnit(unit)).containsExactly(a, c);
        assertThat(members().countByUnit(unit)).isEqualTo(2);
    }

    @Test
    public void a_member_is_found_by_phone_in_any_unit() {
        Member added = members().add(aRegisteredUnit().unitId(), details("Deepa", Gender.F, BORN));

        assertThat(members().findByPhone(added.details().phone())).contains(added);
        assertThat(members().findByPhone(aPhone())).isEmpty();
    }

    @Test
    public void a_member_is_found_by_name_ignoring_case_and_birth_date_within_the_unit() {
        UnitId unit = aRegisteredUnit().unitId();
        Member added = members().add(unit, details("Elsa Varghese", Gender.F, BORN));

        assertThat(members().findByNameAndDateOfBirth(unit, "ELSA VARGHESE", BORN)).contains(added);
        assertThat(members().findByNameAndDateOfBirth(unit, "Elsa Varghese", BORN.plusDays(1))).isEmpty();
        assertThat(members().findByNameAndDateOfBirth(aRegisteredUnit().unitId(), "Elsa Varghese", BORN)).isEmpty();
    }

    @Test
    public void update_stores_the_new_details() {
        Member added = members().add(aRegisteredUnit().unitId(), details("Febin", Gender.M, BORN));
        Member edited = added.withDetails(new MemberDetails("Febin George", Gender.M, BORN.minusYears(1), aPhone(),
                "BA", BloodGroup.O_POSITIVE));

        members().update(edited);

        assertThat(members().findById(added.id())).contains(edited);
    }

    @Test
    public void a_deleted_member_is_gone() {
        UnitId unit = aRegisteredUnit().unitId();
        Member added = members().add(unit, details("Gigi", Gender.F, BORN));

        members().delete(added.id());

        assertThat(members().findById(added.id())).isEmpty();
        assertThat(members().countByUnit(unit)).isZero();
    }
}
