package org.kalamela.adapters.rest.festival.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.event.EventForm;
import org.kalamela.application.festival.event.EventPatch;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Gender;

/**
 * Request and response bodies of events. Gender is {@code M} or {@code F} only ({@code Male} is a field
 * error); seniority and categories are read as the events file spells them too ({@code Junior},
 * {@code FINE ARTS}); answers use the codes ({@code M}, {@code JUNIOR}, {@code FINE_ARTS}).
 */
public final class EventDtos {

    private EventDtos() {
    }

    @Schema(name = "IndividualEventRequest", description = "edition: the year (required); gender M/F and seniority "
            + "JUNIOR/SENIOR optional (absent: open to both); mandatory defaults to false, active to true; "
            + "shortCode defaults to the name's initials (made unique)")
    public record IndividualEventRequest(Integer edition, String name, String category, String gender,
                                         String seniority, Boolean mandatory, Boolean active, String shortCode) {

        EventForm form(Validation errors) {
            return new EventRequest(name, EventKind.INDIVIDUAL.name(), category, gender, seniority, mandatory, active,
                    shortCode, null, null, null).form(errors);
        }
    }

    @Schema(name = "GroupEventRequest", description = "As an individual event, with the team size range "
            + "minTeamSize..maxTeamSize (required) and teamsPerUnit (default 1)")
    public record GroupEventRequest(Integer edition, String name, String category, String gender, String seniority,
                                    Boolean mandatory, Boolean active, String shortCode, Integer minTeamSize,
                                    Integer maxTeamSize, Integer teamsPerUnit) {

        EventForm form(Validation errors) {
            return new EventRequest(name, EventKind.GROUP.name(), category, gender, seniority, mandatory, active,
                    shortCode, minTeamSize, maxTeamSize, teamsPerUnit).form(errors);
        }
    }

    @Schema(name = "EventRequest", description = "The whole event: kind INDIVIDUAL or GROUP; the team fields for "
            + "group events only; a blank shortCode keeps the current one")
    public record EventRequest(String name, String kind, String category, String gender, String seniority,
                               Boolean mandatory, Boolean active, String shortCode, Integer minTeamSize,
                               Integer maxTeamSize, Integer teamsPerUnit) {

        /** The form, keeping an error for every restriction or category that cannot be read. */
        EventForm form(Validation errors) {
            return new EventForm(name, parse(kind, EventDtos::kind, errors),
                    parse(category, EventCategory::parse, errors), parse(gender, Gender::parse, errors),
                    parse(seniority, Seniority::parse, errors), mandatory, active, shortCode, minTeamSize, maxTeamSize,
                    teamsPerUnit);
        }
    }

    @Schema(name = "FestivalEvent", description = "gender and seniority absent when the event is open to both; the "
            + "team fields for group events only")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record EventDto(long id, int edition, String name, EventKind kind, EventCategory category, Gender gender,
                           Seniority seniority, boolean mandatory, boolean active, String shortCode,
                           Integer minTeamSize, Integer maxTeamSize, Integer teamsPerUnit) {

        public static EventDto of(FestivalEvent e) {
            TeamFormat format = e.teamFormat().orElse(null);
            return new EventDto(e.id().value(), e.edition().value(), e.name(), e.kind(), e.category(),
                    e.genderRestriction().orElse(null), e.seniorityRestriction().orElse(null), e.mandatory(),
                    e.active(), e.shortCode().value(), format == null ? null : format.minMembers(),
                    format == null ? null : format.maxMembers(), format == null ? null : format.teamsPerUnit());
        }
    }

    @Schema(name = "EventImportResult", description = "How many events were imported, and the events with the "
            + "short codes they were given")
    public record ImportResultDto(int imported, List<EventDto> events) {

        static ImportResultDto of(List<FestivalEvent> events) {
            return new ImportResultDto(events.size(), events.stream().map(EventDto::of).toList());
        }
    }

    /**
     * The fields of a partial edit that both kinds share. A field not sent keeps the event's value; gender and
     * seniority tell "not sent" (keep) from "sent as null" (lift the restriction), hence setters, not a record.
     */
    public abstract static class EventPatchRequest {
        public String name;
        public String category;
        public Boolean mandatory;
        public Boolean active;
        public String shortCode;
        @JsonProperty
        @Schema(description = "M or F; null opens the event to both")
        private String gender;
        @JsonProperty
        @Schema(description = "JUNIOR or SENIOR; null opens the event to both")
        private String seniority;
        private boolean genderSent;
        private boolean senioritySent;

        @JsonSetter("gender")
        void setGender(String gender) {
            this.gender = gender;
            this.genderSent = true;
        }

        @JsonSetter("seniority")
        void setSeniority(String seniority) {
            this.seniority = seniority;
            this.senioritySent = true;
        }

        EventPatch patch(Integer minTeamSize, Integer maxTeamSize, Integer teamsPerUnit, Validation errors) {
            return new EventPatch(name, parse(category, EventCategory::parse, errors),
                    restriction(genderSent, gender, Gender::parse, errors),
                    restriction(senioritySent, seniority, Seniority::parse, errors),
                    mandatory, active, shortCode, minTeamSize, maxTeamSize, teamsPerUnit);
        }
    }

    @Schema(name = "IndividualEventPatch", description = "A partial edit: only the fields sent change. gender or "
            + "seniority sent as null opens the event to both; a blank shortCode keeps the current one")
    public static class IndividualEventPatchRequest extends EventPatchRequest {

        EventPatch patch(Validation errors) {
            return patch(null, null, null, errors);
        }
    }

    @Schema(name = "GroupEventPatch", description = "As an individual event's patch, with the team size range "
            + "and teamsPerUnit; the team fields not sent keep their values")
    public static class GroupEventPatchRequest extends EventPatchRequest {
        public Integer minTeamSize;
        public Integer maxTeamSize;
        public Integer teamsPerUnit;

        EventPatch patch(Validation errors) {
            return patch(minTeamSize, maxTeamSize, teamsPerUnit, errors);
        }
    }

    /** Not sent: null (keep); sent as null or blank: empty (lift the restriction); otherwise the parsed value. */
    @SuppressWarnings("OptionalAssignedToNull")
    private static <T> Optional<T> restriction(boolean sent, String text, Function<String, T> parser,
                                               Validation errors) {
        if (!sent) {
            return null;
        }
        return Optional.ofNullable(parse(text, parser, errors));
    }

    private static <T> T parse(String text, Function<String, T> parser, Validation errors) {
        return text == null || text.isBlank() ? null : errors.read(() -> parser.apply(text));
    }

    private static EventKind kind(String text) {
        try {
            return EventKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field("kind", "must be INDIVIDUAL or GROUP");
        }
    }
}
