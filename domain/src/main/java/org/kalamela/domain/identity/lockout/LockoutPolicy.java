package org.kalamela.domain.identity.lockout;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When failed sign-ins lock a login (DOMAIN.md "People and accounts"): 5 failures from one client address
 * within 15 minutes lock the login for that address for 15 minutes, and 50 from all addresses together lock it
 * for every address. A stranger therefore cannot lock the admin out from elsewhere with a handful of
 * requests, and an attack spread over many addresses still stops. A success clears the count of its address
 * only: the count from every address is what stops a spread attack, and one success must not reset it.
 */
public record LockoutPolicy(FailureLimit perAddress, FailureLimit perAccount) {

    public static final LockoutPolicy STANDARD = new LockoutPolicy(
            new FailureLimit(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new FailureLimit(50, Duration.ofMinutes(15), Duration.ofMinutes(15)));

    public LockoutPolicy {
        Objects.requireNonNull(perAddress, "perAddress");
        Objects.requireNonNull(perAccount, "perAccount");
        if (perAccount.maxFailures() <= perAddress.maxFailures()) {
            throw new IllegalArgumentException(
                    "the ceiling from every address must be higher than the ceiling from one address");
        }
    }

    /** How long the login stays locked for this address from {@code now}: the longer of the two locks. */
    public Optional<Duration> remainingLock(LoginThrottles state, Instant now) {
        return Stream.of(perAddress.remainingLock(state.fromAddress(), now),
                        perAccount.remainingLock(state.fromEveryAddress(), now))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    /** Both counts after one more failure from this address at {@code now}. */
    public LoginThrottles afterFailure(LoginThrottles state, Instant now) {
        return new LoginThrottles(perAddress.afterFailure(state.fromAddress(), now),
                perAccount.afterFailure(state.fromEveryAddress(), now));
    }

    /** Both counts after a successful sign-in from this address: its own count is cleared. */
    public LoginThrottles afterSuccess(LoginThrottles state) {
        return new LoginThrottles(LoginThrottle.CLEAR, state.fromEveryAddress());
    }

    /**
     * The start of the oldest window that can still count at {@code now}: a stored count whose window began
     * before it, and whose lock has ended, can be forgotten.
     */
    public Instant forgetWindowsStartedBefore(Instant now) {
        Duration longest = perAddress.window().compareTo(perAccount.window()) >= 0
                ? perAddress.window() : perAccount.window();
        return now.minus(longest);
    }
}
