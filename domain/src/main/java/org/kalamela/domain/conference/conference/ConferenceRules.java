package org.kalamela.domain.conference.conference;

import java.util.Optional;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * The admin's rules for the list of conferences: one is active at a time; a conference with delegates is
 * never deleted (its registrations and payments are the record), only deactivated; delegates are appointed,
 * added, changed and paid for only while their conference is active.
 */
public final class ConferenceRules {

    private ConferenceRules() {
    }

    /**
     * Throws {@code CONFERENCE_ALREADY_ACTIVE} when {@code self} (null for a new conference) is to be active
     * while {@code active}, the active conference, is another one.
     */
    public static void requireNoOtherActive(boolean toBeActive, Optional<Conference> active, ConferenceId self) {
        if (!toBeActive) {
            return;
        }
        active.filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new RuleViolation(ErrorCode.CONFERENCE_ALREADY_ACTIVE, "The conference '" + other.title()
                    + "' is active; deactivate it first");
        });
    }

    /** Throws {@code CONFERENCE_HAS_DELEGATES} when delegates are registered for the conference. */
    public static void requireDeletable(Conference conference, boolean hasDelegates) {
        if (hasDelegates) {
            throw new RuleViolation(ErrorCode.CONFERENCE_HAS_DELEGATES, "The conference '" + conference.title()
                    + "' has delegates; deactivate it instead");
        }
    }

    /** Throws {@code CONFERENCE_INACTIVE} unless the conference is the active one. */
    public static void requireActive(Conference conference) {
        if (!conference.active()) {
            throw new RuleViolation(ErrorCode.CONFERENCE_INACTIVE, "The conference '" + conference.title()
                    + "' is not active");
        }
    }
}
