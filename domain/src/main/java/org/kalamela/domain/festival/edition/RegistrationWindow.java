package org.kalamela.domain.festival.edition;

import java.time.Instant;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * When districts may register, change and remove entries. The closing instant is exclusive, so a window
 * closing at midnight takes no entry stamped at midnight.
 */
public record RegistrationWindow(Instant opens, Instant closes) {

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
}
