package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.unit.UnitDetails;
import org.kalamela.domain.registry.unit.UnitDetailsRepository;
import org.kalamela.domain.shared.id.UnitId;

/** The contract of {@link UnitDetailsRepository}, for the fake and the adapter. */
public abstract class UnitDetailsRepositoryContract extends RegistryContractSupport {

    protected UnitDetailsRepository details() {
        return fixture().details();
    }

    @Test
    public void a_unit_has_no_details_until_saved() {
        UnitId unit = aRegisteredUnit().unitId();

        assertThat(details().findByUnit(unit)).isEmpty();
    }

    @Test
    public void saving_again_replaces_the_details() {
        UnitId unit = aRegisteredUnit().unitId();
        UnitId other = aRegisteredUnit().unitId();

        details().save(new UnitDetails(unit, 2025, 40));
        details().save(new UnitDetails(other, 2024, 12));
        details().save(new UnitDetails(unit, 2026, 42));

        assertThat(details().findByUnit(unit)).contains(new UnitDetails(unit, 2026, 42));
        assertThat(details().findByUnit(other)).contains(new UnitDetails(other, 2024, 12));
    }
}
