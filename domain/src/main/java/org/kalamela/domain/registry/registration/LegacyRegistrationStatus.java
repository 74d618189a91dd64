package org.kalamela.domain.registry.registration;

import java.util.Locale;
import java.util.Optional;

/**
 * The old app's unit registration statuses, as text, in the new workflow. The old app wrote "Registration
 * Started" when a unit account was made and moved it on as the diocese office reviewed; the spellings below are
 * those it used. Anything else is not guessed: the registration is reported and left out.
 */
public final class LegacyRegistrationStatus {

    private LegacyRegistrationStatus() {
    }

    public static Optional<RegistrationStatus> map(String status) {
        String text = status == null ? "" : status.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return switch (text) {
            case "registration started", "started" -> Optional.of(RegistrationStatus.REGISTRATION_STARTED);
            case "registration completed", "completed", "submitted", "pending", "pending approval" ->
                    Optional.of(RegistrationStatus.SUBMITTED);
            case "approved", "registration approved", "confirmed" -> Optional.of(RegistrationStatus.APPROVED);
            case "returned", "rejected", "registration rejected" -> Optional.of(RegistrationStatus.RETURNED);
            default -> Optional.empty();
        };
    }
}
