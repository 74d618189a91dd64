package org.kalamela.application.festival.event;

import java.util.Optional;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.value.Gender;

/**
 * A partial edit of an event (PATCH): a null field keeps the event's value. The restrictions can also be
 * lifted: {@code Optional.empty()} opens the event to both genders or seniorities, null keeps the current
 * restriction. The kind is never patched; the team fields apply to group events only.
 */
public record EventPatch(
        String name,
        EventCategory category,
        Optional<Gender> gender,
        Optional<Seniority> seniority,
        Boolean mandatory,
        Boolean active,
        String shortCode,
        Integer minTeamSize,
        Integer maxTeamSize,
        Integer teamsPerUnit) {

    /** The whole form of the event once this patch is laid over it (a null short code keeps the current one). */
    EventForm over(FestivalEvent event) {
        TeamFormat format = event.teamFormat().orElse(null);
        return new EventForm(
                name == null ? event.name() : name,
                event.kind(),
                category == null ? event.category() : category,
                gender == null ? event.genderRestriction().orElse(null) : gender.orElse(null),
                seniority == null ? event.seniorityRestriction().orElse(null) : seniority.orElse(null),
                mandatory == null ? event.mandatory() : mandatory,
                active == null ? event.active() : active,
                shortCode,
                minTeamSize != null || format == null ? minTeamSize : Integer.valueOf(format.minMembers()),
                maxTeamSize != null || format == null ? maxTeamSize : Integer.valueOf(format.maxMembers()),
                teamsPerUnit != null || format == null ? teamsPerUnit : Integer.valueOf(format.teamsPerUnit()));
    }
}
