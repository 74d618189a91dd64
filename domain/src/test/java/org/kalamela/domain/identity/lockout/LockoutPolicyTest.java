package org.kalamela.domain.identity.lockout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = LockoutPolicy.STANDARD;
    private final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");

    /** The counts of one login as a store keeps them: one per address and one for every address. */
    private final class Login {
        final Map<String, LoginThrottle> perAddress = new HashMap<>();
        LoginThrottle everyAddress = LoginThrottle.CLEAR;

        LoginThrottles from(String address) {
            return new LoginThrottles(perAddress.getOrDefault(address, LoginThrottle.CLEAR), everyAddress);
        }

        /** One failed attempt; true when it was refused as locked before the password counted. */
        boolean fail(String address, Instant at) {
            LoginThrottles state = from(address);
            if (policy.remainingLock(state, at).isPresent()) {
                return true;
            }
            store(address, policy.afterFailure(state, at));
            return false;
        }

        void succeed(String address) {
            store(address, policy.afterSuccess(from(address)));
        }

        boolean locked(String address, Instant at) {
            return policy.remainingLock(from(address), at).isPresent();
        }

        private void store(String address, LoginThrottles state) {
            perAddress.put(address, state.fromAddress());
            everyAddress = state.fromEveryAddress();
        }
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressOnly() {
        Login admin = new Login();
        for (int i = 0; i < 5; i++) {
            assertThat(admin.fail("stranger", t0)).isFalse();
        }

        assertThat(admin.locked("stranger", t0)).isTrue();
        assertThat(admin.locked("office", t0)).isFalse();
        assertThat(policy.remainingLock(admin.from("stranger"), t0)).contains(Duration.ofMinutes(15));
    }

    @Test
    void fourFailuresFromOneAddressDoNotLockIt() {
        Login admin = new Login();
        for (int i = 0; i < 4; i++) {
            admin.fail("stranger", t0);
        }

        assertThat(admin.locked("stranger", t0)).isFalse();
    }

    @Test
    void fiftyFailuresFromAllAddressesTogetherLockEveryAddress() {
        Login admin = new Login();
        for (int i = 0; i < 49; i++) {
            admin.fail("bot-" + i, t0);
        }
        assertThat(admin.locked("office", t0)).isFalse();

        admin.fail("bot-49", t0.plusSeconds(60));

        assertThat(admin.locked("office", t0.plusSeconds(60))).isTrue();
        assertThat(policy.remainingLock(admin.from("office"), t0.plusSeconds(60))).contains(Duration.ofMinutes(15));
        assertThat(admin.locked("office", t0.plusSeconds(60).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void theLongerOfTheTwoLocksIsTheOneThatCounts() {
        Login admin = new Login();
        for (int i = 0; i < 45; i++) {
            admin.fail("bot-" + i, t0);
        }
        for (int i = 0; i < 5; i++) {
            admin.fail("stranger", t0.plus(Duration.ofMinutes(5)));
        }

        // The fifth failure from "stranger" is also the fiftieth in all: both locks run from then.
        assertThat(policy.remainingLock(admin.from("stranger"), t0.plus(Duration.ofMinutes(5))))
                .contains(Duration.ofMinutes(15));
        assertThat(policy.remainingLock(admin.from("office"), t0.plus(Duration.ofMinutes(10))))
                .contains(Duration.ofMinutes(10));
    }

    @Test
    void aSuccessClearsItsAddressButNotTheCountFromEveryAddress() {
        Login admin = new Login();
        for (int i = 0; i < 4; i++) {
            admin.fail("office", t0);
            admin.fail("bot-" + i, t0);
        }

        admin.succeed("office");

        assertThat(admin.from("office").fromAddress()).isEqualTo(LoginThrottle.CLEAR);
        assertThat(admin.from("office").fromEveryAddress().failures()).isEqualTo(8);
        assertThat(admin.from("bot-0").fromAddress().failures()).isEqualTo(1);
    }

    @Test
    void failuresRefusedAsLockedAreNotCountedAgain() {
        Login admin = new Login();
        for (int i = 0; i < 5; i++) {
            admin.fail("stranger", t0);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(admin.fail("stranger", t0.plusSeconds(i))).isTrue();
        }

        assertThat(admin.everyAddress.failures()).isEqualTo(5);
        assertThat(admin.locked("office", t0)).isFalse();
    }

    @Test
    void theCeilingFromEveryAddressMustBeHigher() {
        FailureLimit five = new FailureLimit(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertThatThrownBy(() -> new LockoutPolicy(five, five)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(five, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void countsOlderThanTheLongestWindowCanBeForgotten() {
        LockoutPolicy mixed = new LockoutPolicy(new FailureLimit(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new FailureLimit(50, Duration.ofMinutes(60), Duration.ofMinutes(15)));

        assertThat(mixed.forgetWindowsStartedBefore(t0)).isEqualTo(t0.minus(Duration.ofMinutes(60)));
        assertThat(policy.forgetWindowsStartedBefore(t0)).isEqualTo(t0.minus(Duration.ofMinutes(15)));
    }

    /**
     * However a stranger spreads failures over addresses other than the owner's, the owner's address is
     * locked only once at least 50 of them fell within one window, so fewer than 10 addresses never suffice.
     */
    @Property
    void aStrangerWithFewAddressesNeverLocksTheOwnerOut(
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 8) Integer> addresses,
            @ForAll @IntRange(min = 0, max = 20) int secondsBetween) {
        Login admin = new Login();
        Instant at = t0;
        for (int address : addresses) {
            admin.fail("stranger-" + address, at);
            at = at.plusSeconds(secondsBetween);
            assertThat(admin.locked("owner", at)).isFalse();
        }
    }

    /** Every address gets at most 5 counted failures per lock, and a locked address stays locked for 15 min. */
    @Property
    void noAddressIsCountedMoreThanFiveTimesInOneWindow(
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 30) Integer> addresses) {
        Login admin = new Login();
        Map<Integer, Integer> counted = new HashMap<>();
        for (int address : addresses) {
            if (!admin.fail("a" + address, t0)) {
                counted.merge(address, 1, Integer::sum);
            }
        }
        assertThat(counted.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(5));
        counted.forEach((address, n) -> assertThat(admin.locked("a" + address, t0))
                .isEqualTo(n == 5 || admin.everyAddress.failures() >= 50));
    }
}
