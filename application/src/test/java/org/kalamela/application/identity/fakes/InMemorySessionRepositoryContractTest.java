package org.kalamela.application.identity.fakes;

import org.kalamela.application.identity.contract.SessionRepositoryContract;
import org.kalamela.domain.identity.AccountRepository;
import org.kalamela.domain.identity.SessionRepository;

class InMemorySessionRepositoryContractTest extends SessionRepositoryContract {

    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
