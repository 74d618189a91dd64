package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.RegistrationNumberSequenceContract;
import org.kalamela.application.registry.contract.RegistryContractFixture;

/** Runs the {@link RegistrationNumberSequenceContract} against the in-memory fake. */
class InMemoryRegistrationNumberSequenceTest extends RegistrationNumberSequenceContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
