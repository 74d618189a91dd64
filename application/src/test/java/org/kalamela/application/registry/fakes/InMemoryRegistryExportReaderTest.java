package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.RegistryContractFixture;
import org.kalamela.application.registry.contract.RegistryExportReaderContract;

/** Runs the {@link RegistryExportReaderContract} against the in-memory fake. */
class InMemoryRegistryExportReaderTest extends RegistryExportReaderContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
