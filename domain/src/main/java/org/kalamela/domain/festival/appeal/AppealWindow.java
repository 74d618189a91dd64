package org.kalamela.domain.festival.appeal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * When an appeal may be filed: against a published result (or one already under appeal), until the edition's
 * window (30 minutes) has passed since the event's first publication, on the server's clock. The window runs
 * from the first publication, so republishing after an appeal does not open it again. At exactly the end of
 * the window an appeal is still in time.
 */
public final class AppealWindow {

    private AppealWindow() {
    }

    /** As {@link #checkOpen(EventResult, Instant, Duration)}, for an event that may have no result at all yet. */
    public static void checkOpen(Optional<EventResult> result, Instant now, Duration window) {
        checkOpen(result.orElse(null), now, window);
    }

    public static void checkOpen(EventResult result, Instant now, Duration window) {
        if (result == null || result.publication().isEmpty()) {
            throw new RuleViolation(ErrorCode.APPEAL_RESULT_NOT_PUBLISHED,
                    "The event's result is not published: there is nothing to appeal yet");
        }
        Instant closes = result.publication().get().firstPublishedAt().plus(window);
        if (now.isAfter(closes)) {
            throw new RuleViolation(ErrorCode.APPEAL_WINDOW_CLOSED, "Appeals close " + window.toMinutes()
                    + " minutes after an event's result is first published; this event's closed at " + closes);
        }
    }
}
