package org.kalamela.bootstrap.contract;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.kalamela.application.identity.contract.LoginThrottleRepositoryContract;
import org.kalamela.domain.identity.AccountRepository;
import org.kalamela.domain.identity.LoginThrottleRepository;

@QuarkusTest
@TestTransaction
class PostgresLoginThrottleRepositoryContractTest extends LoginThrottleRepositoryContract {

    @Inject
    LoginThrottleRepository throttles;

    @Inject
    AccountRepository accounts;

    @Override
    protected LoginThrottleRepository throttles() {
        return throttles;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
