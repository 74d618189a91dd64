package org.kalamela.application.festival.event;

import java.util.Locale;
import java.util.Optional;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.EventRestrictionInference;
import org.kalamela.domain.festival.event.EventRestrictions;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Gender;

/**
 * Turns the text cells of an import row into an event form, keeping an error for every cell it cannot read.
 * With inference on, a blank gender or seniority is guessed from the event's name (the old app kept
 * restrictions only there); the admin corrects the guess afterwards.
 */
final class EventImportParser {

    private final boolean inferRestrictions;
    private final EventRestrictionInference inference = new EventRestrictionInference();

    EventImportParser(boolean inferRestrictions) {
        this.inferRestrictions = inferRestrictions;
    }

    EventForm parse(EventImportRow row, Validation errors) {
        EventRestrictions inferred = inferRestrictions && !blank(row.name())
                ? inference.infer(row.name())
                : EventRestrictions.none();
        return new EventForm(
                row.name(),
                blank(row.kind()) ? null : errors.read(() -> kind(row.kind())),
                blank(row.category()) ? null : errors.read(() -> EventCategory.parse(row.category())),
                blank(row.gender()) ? inferred.gender().orElse(null) : errors.read(() -> Gender.parseLegacySpelling(row.gender())),
                blank(row.seniority())
                        ? inferred.seniority().orElse(null)
                        : errors.read(() -> Seniority.parse(row.seniority())),
                blank(row.mandatory()) ? Boolean.FALSE : errors.read(() -> flag(row.mandatory())),
                Boolean.TRUE,
                null,
                number(row.minTeamSize(), "minTeamSize", errors).orElse(null),
                number(row.maxTeamSize(), "maxTeamSize", errors).orElse(null),
                number(row.teamsPerUnit(), "teamsPerUnit", errors).orElse(null));
    }

    private static EventKind kind(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "INDIVIDUAL" -> EventKind.INDIVIDUAL;
            case "GROUP" -> EventKind.GROUP;
            default -> throw InvalidInput.field("kind", "must be INDIVIDUAL or GROUP");
        };
    }

    private static Boolean flag(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw InvalidInput.field("mandatory", "must be true or false");
        };
    }

    private static Optional<Integer> number(String text, String field, Validation errors) {
        if (blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.valueOf(text.trim()));
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number");
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
