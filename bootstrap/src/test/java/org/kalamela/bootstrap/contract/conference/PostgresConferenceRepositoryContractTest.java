package org.kalamela.bootstrap.contract.conference;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.conference.contract.ConferenceRepositoryContract;
import org.kalamela.domain.conference.conference.ConferenceRepository;

@QuarkusTest
class PostgresConferenceRepositoryContractTest extends ConferenceRepositoryContract {

    @Inject
    RolledBackConferenceContracts contracts;

    @Inject
    ConferenceRepository conferences;

    @BeforeEach
    void beginTransaction() {
        contracts.begin();
    }

    @AfterEach
    void rollBack() {
        contracts.rollBack();
    }

    @Override
    protected ConferenceRepository repository() {
        return conferences;
    }
}
