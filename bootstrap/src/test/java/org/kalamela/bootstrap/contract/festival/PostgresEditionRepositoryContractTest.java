package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.EditionRepositoryContract;
import org.kalamela.domain.festival.edition.EditionRepository;

@QuarkusTest
class PostgresEditionRepositoryContractTest extends EditionRepositoryContract {

    @Inject
    EntityManager em;

    @Inject
    EditionRepository editions;

    @BeforeEach
    void beginTransaction() {
        ContractTransaction.ensure(em);
    }

    @AfterEach
    void rollBack() {
        ContractTransaction.rollBack();
    }

    @Override
    protected EditionRepository repository() {
        return editions;
    }
}
