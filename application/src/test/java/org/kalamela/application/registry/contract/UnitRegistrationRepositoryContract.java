package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.shared.id.UnitId;

/** The contract of {@link org.kalamela.domain.registry.registration.UnitRegistrationRepository}, for the fake and the adapter. */
public abstract class UnitRegistrationRepositoryContract extends RegistryContractSupport {

    @Test
    public void an_added_registration_is_found_and_locked_by_its_unit() {
        UnitRegistration registration = aRegisteredUnit();

        assertThat(registrations().findByUnit(registration.unitId())).contains(registration);
        assertThat(registrations().lockByUnit(registration.unitId())).contains(registration);
    }

    @Test
    public void a_unit_without_registration_has_none() {
        UnitId unit = aUnit(aDistrict()).id();

        assertThat(registrations().findByUnit(unit)).isEmpty();
        assertThat(registrations().lockByUnit(unit)).isEmpty();
    }

    @Test
    public void update_stores_status_reason_and_time_of_change() {
        UnitRegistration registration = aRegisteredUnit();
        UnitRegistration returned = registration.submitted(T0.plusSeconds(60))
                .returned("Officials' phones are missing", T0.plusSeconds(120));

        registrations().update(returned);

        assertThat(registrations().findByUnit(registration.unitId())).contains(returned);
        UnitRegistration approved = returned.submitted(T0.plusSeconds(180)).approved(T0.plusSeconds(240));
        registrations().update(approved);
        assertThat(registrations().findByUnit(registration.unitId())).contains(approved);
    }
}
