package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.RegistryContractFixture;
import org.kalamela.application.registry.contract.UnitOfficialsRepositoryContract;

/** Runs the {@link UnitOfficialsRepositoryContract} against the in-memory fake. */
class InMemoryUnitOfficialsRepositoryTest extends UnitOfficialsRepositoryContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
