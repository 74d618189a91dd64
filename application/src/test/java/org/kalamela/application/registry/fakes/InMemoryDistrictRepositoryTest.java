package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.DistrictRepositoryContract;
import org.kalamela.application.registry.contract.RegistryContractFixture;

/** Runs the {@link DistrictRepositoryContract} against the in-memory fake. */
class InMemoryDistrictRepositoryTest extends DistrictRepositoryContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
