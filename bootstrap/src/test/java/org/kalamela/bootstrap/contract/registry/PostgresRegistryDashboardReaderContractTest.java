package org.kalamela.bootstrap.contract.registry;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.kalamela.application.registry.contract.RegistryContractFixture;
import org.kalamela.application.registry.contract.RegistryDashboardReaderContract;

@QuarkusTest
@TestTransaction
class PostgresRegistryDashboardReaderContractTest extends RegistryDashboardReaderContract {

    @Inject
    PostgresRegistryContractFixture fixture;

    @Override
    protected RegistryContractFixture fixture() {
        return fixture;
    }
}
