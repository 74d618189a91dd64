package org.kalamela.application.identity.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.AccountRepository;
import org.kalamela.domain.identity.LoginThrottle;
import org.kalamela.domain.identity.LoginThrottleRepository;
import org.kalamela.domain.shared.AccountId;

/**
 * What every {@link LoginThrottleRepository} does, run against the in-memory fake and PostgreSQL.
 *
 * <p>The tests are public so that a subclass in another package can override them: the {@code @QuarkusTest}
 * subclasses wrap each one in a rolled-back transaction by interception.
 */
public abstract class LoginThrottleRepositoryContract {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00.123456Z");

    /** The repository under test. */
    protected abstract LoginThrottleRepository throttles();

    /** Where the accounts the states belong to are created. */
    protected abstract AccountRepository accounts();

    @Test
    public void anAccountStartsWithNoFailures() {
        AccountId account = ContractAccounts.newAccount(accounts());

        assertThat(throttles().lockAndGet(account)).isEqualTo(LoginThrottle.CLEAR);
    }

    @Test
    public void aSavedStateIsReadBack() {
        AccountId account = ContractAccounts.newAccount(accounts());
        throttles().lockAndGet(account);

        throttles().save(account, new LoginThrottle(3, T, null));

        assertThat(throttles().lockAndGet(account)).isEqualTo(new LoginThrottle(3, T, null));
    }

    @Test
    public void aLockIsReadBack() {
        AccountId account = ContractAccounts.newAccount(accounts());
        throttles().lockAndGet(account);
        LoginThrottle locked = new LoginThrottle(5, T, T.plusSeconds(900));

        throttles().save(account, locked);

        assertThat(throttles().lockAndGet(account)).isEqualTo(locked);
    }

    @Test
    public void aStateCanBeSavedWithoutReadingItFirst() {
        AccountId account = ContractAccounts.newAccount(accounts());

        throttles().save(account, new LoginThrottle(1, T, null));

        assertThat(throttles().lockAndGet(account)).isEqualTo(new LoginThrottle(1, T, null));
    }

    @Test
    public void theLastSaveWins() {
        AccountId account = ContractAccounts.newAccount(accounts());
        throttles().lockAndGet(account);
        throttles().save(account, new LoginThrottle(5, T, T.plusSeconds(900)));

        throttles().save(account, LoginThrottle.CLEAR);

        assertThat(throttles().lockAndGet(account)).isEqualTo(LoginThrottle.CLEAR);
    }

    @Test
    public void statesArePerAccount() {
        AccountId failing = ContractAccounts.newAccount(accounts());
        AccountId other = ContractAccounts.newAccount(accounts());
        throttles().lockAndGet(failing);
        throttles().lockAndGet(other);

        throttles().save(failing, new LoginThrottle(2, T, null));

        assertThat(throttles().lockAndGet(other)).isEqualTo(LoginThrottle.CLEAR);
        assertThat(throttles().lockAndGet(failing).failures()).isEqualTo(2);
    }
}
