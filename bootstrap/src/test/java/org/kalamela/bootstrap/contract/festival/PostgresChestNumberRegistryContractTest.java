package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.ChestNumberRegistryContract;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;

@QuarkusTest
class PostgresChestNumberRegistryContractTest extends ChestNumberRegistryContract {

    @Inject
    RolledBackFestivalContracts festival;

    @Inject
    ChestNumberRegistry registry;

    @BeforeEach
    void beginTransaction() {
        festival.begin();
    }

    @AfterEach
    void rollBack() {
        festival.rollBack();
    }

    @Override
    protected ChestNumberRegistry registry() {
        return registry;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return festival.fixtures();
    }
}
