package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.UnitDetailsRepositoryContract;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.unit.UnitDetailsRepository;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** Runs the {@link UnitDetailsRepositoryContract} against the in-memory fake. */
class InMemoryUnitDetailsRepositoryTest extends UnitDetailsRepositoryContract {

    private final RegistryFakes fakes = new RegistryFakes();
    private long accounts;

    @Override
    protected DistrictRepository districts() {
        return fakes.districts;
    }

    @Override
    protected UnitNameRepository unitNames() {
        return fakes.unitNames;
    }

    @Override
    protected UnitRegistrationRepository registrations() {
        return fakes.registrations;
    }

    @Override
    protected AccountId accountFor(DistrictId district, UnitId unit) {
        return AccountId.of(++accounts);
    }

    @Override
    protected UnitDetailsRepository details() {
        return fakes.details;
    }
}
