package org.kalamela.bootstrap.contract;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.kalamela.application.identity.contract.SessionRepositoryContract;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.session.SessionRepository;

@QuarkusTest
@TestTransaction
class PostgresSessionRepositoryContractTest extends SessionRepositoryContract {

    @Inject
    SessionRepository sessions;

    @Inject
    AccountRepository accounts;

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
