package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.RegistryContractFixture;
import org.kalamela.application.registry.contract.RegistryDashboardReaderContract;

/** Runs the {@link RegistryDashboardReaderContract} against the in-memory fake. */
class InMemoryRegistryDashboardReaderTest extends RegistryDashboardReaderContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
