package org.kalamela.domain.festival.edition;

import java.time.Duration;
import java.time.Instant;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * When districts may register, change and remove entries. The closing instant is exclusive, so a window
 * closing at midnight takes no entry stamped at midnight.
 */
public record RegistrationWindow(Instant opens, Instant closes) {

    /**
     * How long after closing registration is settled: nothing written before closing minus this long can still be
     * committing (V24's triggers announce participants' changes from then on), whatever two clocks disagree by
     * within it.
     */
    public static final Duration SETTLING = Duration.ofMinutes(10);

    public RegistrationWindow {
        if (opens == null || closes == null) {
            throw InvalidInput.field(opens == null ? "opens" : "closes", "is required");
        }
        if (!opens.isBefore(closes)) {
            throw InvalidInput.field("closes", "must be after 'opens'");
        }
    }

    public boolean isOpen(Instant now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }

    /** Closed for good at {@code now}: past its closing instant, not merely before it opens. */
    public boolean hasClosed(Instant now) {
        return !now.isBefore(closes);
    }

    /**
     * Closed at least {@link #SETTLING} ago: every later change of the participants is announced (V24), so what
     * find-participant answers may be kept until a change is heard.
     */
    public boolean hasSettled(Instant now) {
        return !now.isBefore(closes.plus(SETTLING));
    }
}
