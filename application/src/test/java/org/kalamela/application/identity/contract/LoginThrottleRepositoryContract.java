package org.kalamela.application.identity.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.lockout.ClientAddress;
import org.kalamela.domain.identity.lockout.LoginKey;
import org.kalamela.domain.identity.lockout.LoginThrottle;
import org.kalamela.domain.identity.lockout.LoginThrottleRepository;
import org.kalamela.domain.identity.lockout.LoginThrottles;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What every {@link LoginThrottleRepository} does, run against the in-memory fake and PostgreSQL.
 *
 * <p>The tests are public so that a subclass in another package can override them: the {@code @QuarkusTest}
 * subclasses wrap each one in a rolled-back transaction by interception. Times lie in the year 2000, so that
 * forgetting stale counts here touches no count another test keeps in the same database.
 */
public abstract class LoginThrottleRepositoryContract {

    private static final Instant T = Instant.parse("2000-03-01T10:00:00.123456Z");
    private static final ClientAddress HOME = new ClientAddress("203.0.113.7");
    private static final ClientAddress ELSEWHERE = new ClientAddress("2001:db8::9");
    private static final LoginThrottle THREE = new LoginThrottle(3, T, null);
    private static final LoginThrottle LOCKED = new LoginThrottle(5, T, T.plusSeconds(900));

    /** The repository under test. */
    protected abstract LoginThrottleRepository throttles();

    private static LoginKey newAccount() {
        return LoginKey.forAccount(AccountId.of(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)));
    }

    @Test
    public void aLoginStartsWithNoFailures() {
        assertThat(throttles().lockAndGet(newAccount(), HOME)).isEqualTo(LoginThrottles.CLEAR);
    }

    @Test
    public void savedCountsAreReadBack() {
        LoginKey login = newAccount();
        throttles().lockAndGet(login, HOME);

        throttles().save(login, HOME, new LoginThrottles(THREE, LOCKED));

        assertThat(throttles().lockAndGet(login, HOME)).isEqualTo(new LoginThrottles(THREE, LOCKED));
    }

    @Test
    public void countsCanBeSavedWithoutReadingThemFirst() {
        LoginKey login = newAccount();

        throttles().save(login, HOME, new LoginThrottles(THREE, THREE));

        assertThat(throttles().lockAndGet(login, HOME)).isEqualTo(new LoginThrottles(THREE, THREE));
    }

    @Test
    public void theCountFromEveryAddressIsSharedAndTheAddressCountIsNot() {
        LoginKey login = newAccount();

        throttles().save(login, HOME, new LoginThrottles(LOCKED, THREE));

        assertThat(throttles().lockAndGet(login, ELSEWHERE)).isEqualTo(new LoginThrottles(LoginThrottle.CLEAR, THREE));
        assertThat(throttles().lockAndGet(login, HOME)).isEqualTo(new LoginThrottles(LOCKED, THREE));
    }

    @Test
    public void theLastSaveWins() {
        LoginKey login = newAccount();
        throttles().save(login, HOME, new LoginThrottles(LOCKED, LOCKED));

        throttles().save(login, HOME, LoginThrottles.CLEAR);

        assertThat(throttles().lockAndGet(login, HOME)).isEqualTo(LoginThrottles.CLEAR);
    }

    @Test
    public void countsArePerLogin() {
        LoginKey failing = newAccount();
        LoginKey unknown = LoginKey.forUnknownLogin("nobody-" + UUID.randomUUID());
        throttles().save(failing, HOME, new LoginThrottles(THREE, THREE));

        assertThat(throttles().lockAndGet(unknown, HOME)).isEqualTo(LoginThrottles.CLEAR);
        assertThat(throttles().lockAndGet(newAccount(), HOME)).isEqualTo(LoginThrottles.CLEAR);
    }

    @Test
    public void clearingForgetsEveryAddressOfTheLoginOnly() {
        LoginKey login = newAccount();
        LoginKey other = newAccount();
        throttles().save(login, HOME, new LoginThrottles(LOCKED, LOCKED));
        throttles().save(login, ELSEWHERE, new LoginThrottles(THREE, LOCKED));
        throttles().save(other, HOME, new LoginThrottles(THREE, THREE));

        throttles().clear(login);

        assertThat(throttles().lockAndGet(login, HOME)).isEqualTo(LoginThrottles.CLEAR);
        assertThat(throttles().lockAndGet(login, ELSEWHERE)).isEqualTo(LoginThrottles.CLEAR);
        assertThat(throttles().lockAndGet(other, HOME)).isEqualTo(new LoginThrottles(THREE, THREE));
    }

    @Test
    public void staleCountsAreForgottenAndRunningOnesKept() {
        LoginKey stale = newAccount();
        LoginKey stillLocked = newAccount();
        LoginKey recent = newAccount();
        throttles().save(stale, HOME, new LoginThrottles(THREE, THREE));
        throttles().save(stillLocked, HOME, new LoginThrottles(LOCKED, LOCKED));
        LoginThrottle later = new LoginThrottle(2, T.plusSeconds(600), null);
        throttles().save(recent, HOME, new LoginThrottles(later, later));

        // At T + 10 min, counts whose window started before T + 1 min are stale unless still locked.
        throttles().forgetStale(T.plusSeconds(60), T.plusSeconds(600));

        assertThat(throttles().lockAndGet(stale, HOME)).isEqualTo(LoginThrottles.CLEAR);
        assertThat(throttles().lockAndGet(stillLocked, HOME)).isEqualTo(new LoginThrottles(LOCKED, LOCKED));
        assertThat(throttles().lockAndGet(recent, HOME)).isEqualTo(new LoginThrottles(later, later));
    }

    @Test
    public void aLockThatHasEndedIsForgottenWithItsWindow() {
        LoginKey login = newAccount();
        throttles().save(login, HOME, new LoginThrottles(LOCKED, LOCKED));

        throttles().forgetStale(T.plusSeconds(900), T.plusSeconds(900));

        assertThat(throttles().lockAndGet(login, HOME)).isEqualTo(LoginThrottles.CLEAR);
    }
}
