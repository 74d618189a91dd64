package org.kalamela.application.festival.event;

import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.shared.value.Gender;

/**
 * An event as the admin fills it in, to create or edit one. Nulls are allowed everywhere and checked by the
 * use case, so that every invalid field is reported at once.
 *
 * @param gender the gender restriction; null for an event open to both
 * @param seniority the seniority restriction; null for an event open to both
 * @param mandatory null means false
 * @param active null means true
 * @param shortCode null or blank: the default initials on creation, the current code on edit
 * @param minTeamSize group events only
 * @param maxTeamSize group events only
 * @param teamsPerUnit group events only; null means 1
 */
public record EventForm(
        String name,
        EventKind kind,
        EventCategory category,
        Gender gender,
        Seniority seniority,
        Boolean mandatory,
        Boolean active,
        String shortCode,
        Integer minTeamSize,
        Integer maxTeamSize,
        Integer teamsPerUnit) {
}
