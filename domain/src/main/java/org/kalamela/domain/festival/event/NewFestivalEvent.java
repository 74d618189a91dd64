package org.kalamela.domain.festival.event;

import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.value.Gender;

/**
 * An event about to be stored, checked like a {@link FestivalEvent} but without the id the store gives it.
 */
public record NewFestivalEvent(
        EditionYear edition,
        String name,
        EventKind kind,
        EventCategory category,
        Optional<Gender> genderRestriction,
        Optional<Seniority> seniorityRestriction,
        boolean mandatory,
        boolean active,
        ShortCode shortCode,
        Optional<TeamFormat> teamFormat) {

    public NewFestivalEvent {
        genderRestriction = genderRestriction == null ? Optional.empty() : genderRestriction;
        seniorityRestriction = seniorityRestriction == null ? Optional.empty() : seniorityRestriction;
        teamFormat = teamFormat == null ? Optional.empty() : teamFormat;
        name = FestivalEvent.checked(edition, name, kind, category, shortCode, teamFormat);
    }

    /** The event as stored under the id the store gave it. */
    public FestivalEvent withId(EventId id) {
        return new FestivalEvent(id, edition, name, kind, category, genderRestriction, seniorityRestriction,
                mandatory, active, shortCode, teamFormat);
    }
}
