package org.kalamela.bootstrap.support;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.kalamela.application.shared.fakes.TestClock;

/**
 * Replaces the system clock in the HTTP tests (it takes the place of the default {@code Clock} bean) with the
 * tests' one clock, on the system time: a test may move it forward and must {@link TestClock#reset()} it.
 */
@Singleton
public class TestClockWiring {

    @Produces
    @Singleton
    TestClock clock() {
        return TestClock.followingSystemTime();
    }
}
