package org.kalamela.bootstrap.contract.migration;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.kalamela.application.migration.LegacyIdMap;
import org.kalamela.application.migration.contract.LegacyIdMapContract;

@QuarkusTest
@TestTransaction
class PostgresLegacyIdMapContractTest extends LegacyIdMapContract {

    @Inject
    LegacyIdMap idMap;

    @Override
    protected LegacyIdMap idMap() {
        return idMap;
    }
}
