package org.kalamela.application.festival.event;

import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Gender;

/** An event form read and checked: everything an event is made of but its id, edition and final short code. */
record EventDefinition(
        String name,
        EventKind kind,
        EventCategory category,
        Optional<Gender> gender,
        Optional<Seniority> seniority,
        boolean mandatory,
        boolean active,
        Optional<ShortCode> shortCode,
        Optional<TeamFormat> teamFormat) {

    /** Reads a form, keeping every field error; empty when the form has any or lacks a required field. */
    static Optional<EventDefinition> read(EventForm form, Validation errors) {
        int before = errors.count();
        errors.required(form.name(), "name").required(form.kind(), "kind").required(form.category(), "category");
        String name = form.name() == null ? null : form.name().trim();
        if (name != null && name.length() > FestivalEvent.MAX_NAME_LENGTH) {
            errors.add("name", "must be at most " + FestivalEvent.MAX_NAME_LENGTH + " characters");
        }
        Optional<ShortCode> shortCode = form.shortCode() == null || form.shortCode().isBlank()
                ? Optional.empty()
                : Optional.ofNullable(errors.read(() -> ShortCode.parse(form.shortCode())));
        Optional<TeamFormat> teamFormat = teamFormat(form, errors);
        if (errors.count() > before || name == null || form.kind() == null || form.category() == null) {
            return Optional.empty();
        }
        return Optional.of(new EventDefinition(name, form.kind(), form.category(),
                Optional.ofNullable(form.gender()), Optional.ofNullable(form.seniority()),
                Boolean.TRUE.equals(form.mandatory()), !Boolean.FALSE.equals(form.active()), shortCode, teamFormat));
    }

    private static Optional<TeamFormat> teamFormat(EventForm form, Validation errors) {
        if (form.kind() == null) {
            return Optional.empty();
        }
        if (form.kind() == EventKind.INDIVIDUAL) {
            onlyForGroups(form.minTeamSize(), "minTeamSize", errors);
            onlyForGroups(form.maxTeamSize(), "maxTeamSize", errors);
            onlyForGroups(form.teamsPerUnit(), "teamsPerUnit", errors);
            return Optional.empty();
        }
        errors.required(form.minTeamSize(), "minTeamSize").required(form.maxTeamSize(), "maxTeamSize");
        if (form.minTeamSize() == null || form.maxTeamSize() == null) {
            return Optional.empty();
        }
        int teamsPerUnit = form.teamsPerUnit() == null ? 1 : form.teamsPerUnit();
        return Optional.ofNullable(errors.read(
                () -> new TeamFormat(form.minTeamSize(), form.maxTeamSize(), teamsPerUnit)));
    }

    private static void onlyForGroups(Integer value, String field, Validation errors) {
        if (value != null) {
            errors.add(field, "is only for group events");
        }
    }

    NewFestivalEvent toNew(EditionYear edition, ShortCode code) {
        return new NewFestivalEvent(edition, name, kind, category, gender, seniority, mandatory, active, code,
                teamFormat);
    }

    FestivalEvent toEvent(EventId id, EditionYear edition, ShortCode code) {
        return toNew(edition, code).withId(id);
    }
}
