package org.kalamela.domain.identity;

import org.kalamela.domain.shared.AccountId;

/** Outbound port: the persisted failed-sign-in state of accounts. */
public interface LoginThrottleRepository {

    /** Reads the account's state and locks it until the transaction ends, so concurrent failures all count. */
    LoginThrottle lockAndGet(AccountId accountId);

    void save(AccountId accountId, LoginThrottle state);
}
