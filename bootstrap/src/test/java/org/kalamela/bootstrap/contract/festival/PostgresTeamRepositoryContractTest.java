package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.TeamRepositoryContract;
import org.kalamela.domain.festival.team.TeamRepository;

@QuarkusTest
class PostgresTeamRepositoryContractTest extends TeamRepositoryContract {

    @Inject
    RolledBackFestivalContracts festival;

    @Inject
    TeamRepository teams;

    @BeforeEach
    void beginTransaction() {
        festival.begin();
    }

    @AfterEach
    void rollBack() {
        festival.rollBack();
    }

    @Override
    protected TeamRepository repository() {
        return teams;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return festival.fixtures();
    }
}
