package org.kalamela.bootstrap.contract.registry;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.kalamela.application.registry.contract.RegistrationNumberSequenceContract;
import org.kalamela.domain.registry.registration.RegistrationNumberSequence;

@QuarkusTest
@TestTransaction
class PostgresRegistrationNumberSequenceContractTest extends RegistrationNumberSequenceContract {

    @Inject
    RegistrationNumberSequence sequence;

    @Override
    protected RegistrationNumberSequence sequence() {
        return sequence;
    }
}
