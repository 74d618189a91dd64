package org.kalamela.application.identity.fakes;

import org.kalamela.application.identity.contract.LoginThrottleRepositoryContract;
import org.kalamela.domain.identity.lockout.LoginThrottleRepository;

class InMemoryLoginThrottleRepositoryContractTest extends LoginThrottleRepositoryContract {

    private final InMemoryLoginThrottleRepository throttles = new InMemoryLoginThrottleRepository();

    @Override
    protected LoginThrottleRepository throttles() {
        return throttles;
    }
}
