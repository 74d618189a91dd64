package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.CouncilorRepositoryContract;
import org.kalamela.application.registry.contract.RegistryContractFixture;

/** Runs the {@link CouncilorRepositoryContract} against the in-memory fake. */
class InMemoryCouncilorRepositoryTest extends CouncilorRepositoryContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
