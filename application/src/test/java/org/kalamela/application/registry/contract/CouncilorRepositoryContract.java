package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.officials.Councilor;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** The contract of {@link CouncilorRepository}, for the fake and the adapter. */
public abstract class CouncilorRepositoryContract extends RegistryContractSupport {

    private MemberId member(UnitId unit, String name) {
        return members().add(unit, details(name, Gender.M, LocalDate.of(2000, 1, 1))).id();
    }

    @Test
    public void a_unit_has_no_councilors_until_chosen() {
        assertThat(councilors().findByUnit(aRegisteredUnit().unitId())).isEmpty();
    }

    @Test
    public void replace_keeps_exactly_the_chosen_members_in_order() {
        UnitId unit = aRegisteredUnit().unitId();
        MemberId a = member(unit, "A");
        MemberId b = member(unit, "B");
        MemberId c = member(unit, "C");
        councilors().replace(unit, List.of(a, b));

        councilors().replace(unit, List.of(c, a));

        assertThat(councilors().findByUnit(unit)).containsExactly(new Councilor(unit, c), new Councilor(unit, a));
        councilors().replace(unit, List.of());
        assertThat(councilors().findByUnit(unit)).isEmpty();
    }

    @Test
    public void removing_a_member_drops_only_that_councilor() {
        UnitId unit = aRegisteredUnit().unitId();
        UnitId other = aRegisteredUnit().unitId();
        MemberId a = member(unit, "A");
        MemberId b = member(unit, "B");
        MemberId x = member(other, "X");
        councilors().replace(unit, List.of(a, b));
        councilors().replace(other, List.of(x));

        councilors().removeMember(a);

        assertThat(councilors().findByUnit(unit)).containsExactly(new Councilor(unit, b));
        assertThat(councilors().findByUnit(other)).containsExactly(new Councilor(other, x));
    }
}
