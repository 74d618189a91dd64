package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.OrderOfAppearanceContract;
import org.kalamela.application.festival.query.OrderOfAppearanceReader;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.draw.EventPerformers;

/** The order of appearance's ports against PostgreSQL, each test in a transaction that is rolled back. */
@QuarkusTest
class PostgresOrderOfAppearanceContractTest extends OrderOfAppearanceContract {

    @Inject
    RolledBackFestivalContracts festival;

    @Inject
    EventPerformers performers;

    @Inject
    OrderOfAppearanceReader appearances;

    @Inject
    DrawRepository draws;

    @BeforeEach
    void beginTransaction() {
        festival.begin();
    }

    @AfterEach
    void rollBack() {
        festival.rollBack();
    }

    @Override
    protected EventPerformers performers() {
        return performers;
    }

    @Override
    protected OrderOfAppearanceReader appearances() {
        return appearances;
    }

    @Override
    protected DrawRepository draws() {
        return draws;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return festival.fixtures();
    }
}
