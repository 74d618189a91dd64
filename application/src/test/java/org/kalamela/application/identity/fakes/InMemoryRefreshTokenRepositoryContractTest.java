package org.kalamela.application.identity.fakes;

import org.kalamela.application.identity.contract.RefreshTokenRepositoryContract;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.session.RefreshTokenRepository;
import org.kalamela.domain.identity.session.SessionRepository;

class InMemoryRefreshTokenRepositoryContractTest extends RefreshTokenRepositoryContract {

    private final InMemoryRefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts);

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
