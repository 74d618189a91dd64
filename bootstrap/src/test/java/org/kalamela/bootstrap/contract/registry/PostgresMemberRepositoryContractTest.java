package org.kalamela.bootstrap.contract.registry;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.kalamela.application.registry.contract.MemberRepositoryContract;
import org.kalamela.application.registry.contract.RegistryContractFixture;

@QuarkusTest
@TestTransaction
class PostgresMemberRepositoryContractTest extends MemberRepositoryContract {

    @Inject
    PostgresRegistryContractFixture fixture;

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
