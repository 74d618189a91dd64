package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.RegistryContractFixture;
import org.kalamela.application.registry.contract.UnitDetailsRepositoryContract;

/** Runs the {@link UnitDetailsRepositoryContract} against the in-memory fake. */
class InMemoryUnitDetailsRepositoryTest extends UnitDetailsRepositoryContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
