package org.kalamela.application.identity.fakes;

import org.kalamela.application.identity.contract.LoginThrottleRepositoryContract;
import org.kalamela.domain.identity.AccountRepository;
import org.kalamela.domain.identity.LoginThrottleRepository;

class InMemoryLoginThrottleRepositoryContractTest extends LoginThrottleRepositoryContract {

    private final InMemoryLoginThrottleRepository throttles = new InMemoryLoginThrottleRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

    @Override
    protected LoginThrottleRepository throttles() {
        return throttles;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
