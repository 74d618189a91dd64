package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.RegistryContractFixture;
import org.kalamela.application.registry.contract.UnitRegistrationRepositoryContract;

/** Runs the {@link UnitRegistrationRepositoryContract} against the in-memory fake. */
class InMemoryUnitRegistrationRepositoryTest extends UnitRegistrationRepositoryContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
