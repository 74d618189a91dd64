package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.ExclusionRepositoryContract;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.query.ExclusionListReader;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;

@QuarkusTest
class PostgresExclusionRepositoryContractTest extends ExclusionRepositoryContract {

    @Inject
    RolledBackFestivalContracts festival;

    @Inject
    ExclusionRepository exclusions;

    @Inject
    ExclusionListReader exclusionList;

    @BeforeEach
    void beginTransaction() {
        festival.begin();
    }

    @AfterEach
    void rollBack() {
        festival.rollBack();
    }

    @Override
    protected ExclusionRepository repository() {
        return exclusions;
    }

    @Override
    protected ExclusionListReader listReader() {
        return exclusionList;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return festival.fixtures();
    }
}
