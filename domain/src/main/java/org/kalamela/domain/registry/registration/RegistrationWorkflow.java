package org.kalamela.domain.registry.registration;

import static org.kalamela.domain.registry.registration.RegistrationStatus.APPROVED;
import static org.kalamela.domain.registry.registration.RegistrationStatus.REGISTRATION_STARTED;
import static org.kalamela.domain.registry.registration.RegistrationStatus.RETURNED;
import static org.kalamela.domain.registry.registration.RegistrationStatus.SUBMITTED;

import java.util.Optional;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * The only moves of a unit registration: a started or returned registration is submitted; a submitted one
 * is approved or returned. Nothing leaves {@code APPROVED}. Any other move is refused with
 * {@code ILLEGAL_REGISTRATION_TRANSITION}.
 */
public final class RegistrationWorkflow {

    private RegistrationWorkflow() {
    }

    /** The status after the step; throws when the step is not allowed from {@code from}. */
    public static RegistrationStatus next(RegistrationStatus from, RegistrationStep step) {
        return target(from, step).orElseThrow(() -> new RuleViolation(ErrorCode.ILLEGAL_REGISTRATION_TRANSITION,
                "A registration that is " + from + " cannot take the step " + step));
    }

    public static boolean allows(RegistrationStatus from, RegistrationStep step) {
        return target(from, step).isPresent();
    }

    private static Optional<RegistrationStatus> target(RegistrationStatus from, RegistrationStep step) {
        boolean allowed = switch (step) {
            case SUBMIT -> from == REGISTRATION_STARTED || from == RETURNED;
            case APPROVE, RETURN -> from == SUBMITTED;
        };
        if (!allowed) {
            return Optional.empty();
        }
        return Optional.of(switch (step) {
            case SUBMIT -> SUBMITTED;
            case APPROVE -> APPROVED;
            case RETURN -> RETURNED;
        });
    }
}
