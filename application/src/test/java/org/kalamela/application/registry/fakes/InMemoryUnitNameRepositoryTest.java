package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.UnitNameRepositoryContract;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** Runs the {@link UnitNameRepositoryContract} against the in-memory fake. */
class InMemoryUnitNameRepositoryTest extends UnitNameRepositoryContract {

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
}
