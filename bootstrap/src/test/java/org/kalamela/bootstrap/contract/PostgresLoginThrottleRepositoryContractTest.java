package org.kalamela.bootstrap.contract;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.kalamela.application.identity.contract.LoginThrottleRepositoryContract;
import org.kalamela.domain.identity.lockout.LoginThrottleRepository;

@QuarkusTest
@TestTransaction
class PostgresLoginThrottleRepositoryContractTest extends LoginThrottleRepositoryContract {

    @Inject
    LoginThrottleRepository throttles;

    @Override
    protected LoginThrottleRepository throttles() {
        return throttles;
    }
}
