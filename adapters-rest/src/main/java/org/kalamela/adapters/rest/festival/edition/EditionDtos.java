package org.kalamela.adapters.rest.festival.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.edition.EditionView;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.validation.Validation;

/** Request and response bodies of editions. */
public final class EditionDtos {

    private EditionDtos() {
    }

    @Schema(name = "RegistrationWindow", description = "When districts may register; opens inclusive, closes "
            + "exclusive (ISO-8601 instants)")
    public record WindowDto(Instant opens, Instant closes) {

        static WindowDto of(RegistrationWindow window) {
            return new WindowDto(window.opens(), window.closes());
        }

        /** The window, or field errors named {@code prefix} + {@code opens}/{@code closes}. */
        RegistrationWindow toWindow(String prefix) {
            Validation errors = new Validation();
            RegistrationWindow window = errors.under(prefix).read(() -> new RegistrationWindow(opens, closes));
            errors.throwIfInvalid();
            return window;
        }
    }

    @Schema(name = "CreateEditionRequest", description = "year 2000..2999 (the 2025-26 festival is 2026), the "
            + "registration window and the rules; a new edition is not current")
    public record CreateEditionRequest(Integer year, WindowDto registrationWindow, RulesDto rules) {
    }

    @Schema(name = "Edition", description = "current: whether official and public endpoints act on this edition "
            + "(absent where the answer does not say)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record EditionDto(int year, Boolean current, WindowDto registrationWindow, RulesDto rules) {

        public static EditionDto of(Edition edition, Boolean current) {
            return new EditionDto(edition.year().value(), current, WindowDto.of(edition.registrationWindow()),
                    RulesDto.of(edition.rules()));
        }

        static EditionDto of(EditionView view) {
            return of(view.edition(), view.current());
        }
    }

    /** Reads every part of a creation request, reporting all invalid fields at once. */
    static void requireParts(CreateEditionRequest body) {
        Validation errors = new Validation();
        errors.required(body.year(), "year");
        errors.required(body.registrationWindow(), "registrationWindow");
        errors.required(body.rules(), "rules");
        errors.throwIfInvalid();
        if (body.year() < 2000 || body.year() > 2999) {
            throw InvalidInput.field("year", "must be a year between 2000 and 2999");
        }
    }
}
