package org.kalamela.domain.festival.schedule;

import org.kalamela.domain.shared.validation.Validation;

/**
 * An admin's word that one clash, named by its {@link Clash#key() key}, may stand in the published schedule,
 * and why (a judge who sits on both events with the chief's agreement, say).
 */
public record ClashAcknowledgement(String clashKey, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public ClashAcknowledgement {
        clashKey = clashKey == null ? null : clashKey.strip();
        reason = reason == null ? null : reason.strip();
        new Validation()
                .check(clashKey != null && !clashKey.isEmpty(), "clashKey", "is required")
                .check(reason != null && !reason.isEmpty(), "reason", "is required")
                .check(reason == null || reason.length() <= MAX_REASON_LENGTH, "reason",
                        "must be at most " + MAX_REASON_LENGTH + " characters")
                .throwIfInvalid();
    }
}
