package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.MemberRepositoryContract;
import org.kalamela.application.registry.contract.RegistryContractFixture;

/** Runs the {@link MemberRepositoryContract} against the in-memory fake. */
class InMemoryMemberRepositoryTest extends MemberRepositoryContract {

    private final RegistryContractFixture fixture = new InMemoryRegistryContractFixture();

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
