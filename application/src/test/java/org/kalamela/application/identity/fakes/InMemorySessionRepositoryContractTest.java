package org.kalamela.application.identity.fakes;

import org.kalamela.application.identity.contract.SessionRepositoryContract;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.session.SessionRepository;

class InMemorySessionRepositoryContractTest extends SessionRepositoryContract {

    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts);

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
