package org.kalamela.domain.festival.entry;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * An individual entry or a whole team may be removed while registration is open and nothing has been
 * scored for it: a scored entry is part of a result. The member's chest number stays reserved regardless.
 */
public final class EntryRemovalPolicy {

    private final RegistrationWindow window;

    public EntryRemovalPolicy(RegistrationWindow window) {
        this.window = Objects.requireNonNull(window, "window");
    }

    public void check(boolean hasScores, Instant now) {
        if (!window.isOpen(now)) {
            throw new RuleViolation(ErrorCode.REGISTRATION_CLOSED, "Entries can no longer be removed: registration is closed");
        }
        if (hasScores) {
            throw new RuleViolation(ErrorCode.ENTRY_HAS_SCORES, "The entry has scores and cannot be removed");
        }
    }
}
