package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.RegistryContractFixture;
import org.kalamela.application.registry.contract.UnitNameRepositoryContract;

/** Runs the {@link UnitNameRepositoryContract} against the in-memory fake. */
class InMemoryUnitNameRepositoryTest extends UnitNameRepositoryContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
