package org.kalamela.domain.identity.lockout;

import java.time.Instant;

/** Outbound port: the persisted failed-sign-in counts, per login and client address and per login overall. */
public interface LoginThrottleRepository {

    /**
     * Reads the login's count from this address and its count from every address, and locks both until the
     * transaction ends, so that concurrent failures all count.
     */
    LoginThrottles lockAndGet(LoginKey login, ClientAddress address);

    void save(LoginKey login, ClientAddress address, LoginThrottles state);

    /** Forgets every count of the login, from every address (a password reset lifts any lock). */
    void clear(LoginKey login);

    /**
     * Forgets counts whose window started before {@code windowStartedBefore} and whose lock has ended by
     * {@code now}: they no longer decide anything. Counts locked by running sign-ins are left for next time.
     */
    void forgetStale(Instant windowStartedBefore, Instant now);
}
