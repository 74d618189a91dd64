package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.RegistryContractFixture;
import org.kalamela.application.registry.contract.RegistryListReaderContract;

/** Runs the {@link RegistryListReaderContract} against the in-memory fake. */
class InMemoryRegistryListReaderTest extends RegistryListReaderContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
