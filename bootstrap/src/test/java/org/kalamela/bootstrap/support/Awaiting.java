package org.kalamela.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;

/** Waiting, boundedly, for what happens on another thread: the change listener connecting or hearing. */
public final class Awaiting {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration QUIET = Duration.ofMillis(300);

    private Awaiting() {
    }

    /** Until the instance's change signals are live (the listener connects at start-up, in its own time). */
    public static void live(ChangeSignals signals) {
        until("the change signals to be live", () -> signals.heard(ChangeTopic.RESULTS).isPresent());
    }

    /**
     * Until nothing has been heard for a while: the notifications of this test's earlier writes arrive a moment
     * after their commits, and one arriving in the middle of a measurement would make a cached read check.
     */
    public static void settled(ChangeSignals signals) {
        live(signals);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long heard = everything(signals);
        while (true) {
            pause(QUIET.toMillis());
            long now = everything(signals);
            if (now == heard) {
                return;
            }
            heard = now;
            assertThat(System.nanoTime()).as("waited for the change signals to settle").isLessThan(deadline);
        }
    }

    private static long everything(ChangeSignals signals) {
        return signals.heard(ChangeTopic.EDITIONS, ChangeTopic.EVENTS, ChangeTopic.RESULTS, ChangeTopic.PARTICIPANTS)
                .orElse(Long.MIN_VALUE);
    }

    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited for " + what).isLessThan(deadline);
            pause(10);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
