package org.kalamela.bootstrap.contract;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.kalamela.application.identity.contract.RefreshTokenRepositoryContract;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.session.RefreshTokenRepository;
import org.kalamela.domain.identity.session.SessionRepository;

@QuarkusTest
@TestTransaction
class PostgresRefreshTokenRepositoryContractTest extends RefreshTokenRepositoryContract {

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    SessionRepository sessions;

    @Inject
    AccountRepository accounts;

    @Override
    protected RefreshTokenRepository refreshTokens() {
        return refreshTokens;
    }

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
