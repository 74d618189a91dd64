package org.kalamela.domain.festival.event;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Gender;

/**
 * An event of an edition. Restrictions are explicit fields (the old app guessed them from the name on every
 * request); a group event, and only a group event, has a team format.
 */
public record FestivalEvent(
        EventId id,
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

    public static final int MAX_NAME_LENGTH = 100;

    public FestivalEvent {
        Objects.requireNonNull(id, "id");
        genderRestriction = genderRestriction == null ? Optional.empty() : genderRestriction;
        seniorityRestriction = seniorityRestriction == null ? Optional.empty() : seniorityRestriction;
        teamFormat = teamFormat == null ? Optional.empty() : teamFormat;
        name = checked(edition, name, kind, category, shortCode, teamFormat);
    }

    /**
     * The checks every event passes, stored or not yet stored ({@link NewFestivalEvent}); returns the name
     * without surrounding blanks.
     */
    static String checked(EditionYear edition, String name, EventKind kind, EventCategory category,
                          ShortCode shortCode, Optional<TeamFormat> teamFormat) {
        Objects.requireNonNull(edition, "edition");
        String trimmed = name == null ? null : name.trim();
        new Validation()
                .required(trimmed, "name")
                .check(trimmed == null || trimmed.length() <= MAX_NAME_LENGTH, "name",
                        "must be at most " + MAX_NAME_LENGTH + " characters")
                .required(kind, "kind")
                .required(category, "category")
                .required(shortCode, "shortCode")
                .check(kind != EventKind.GROUP || teamFormat.isPresent(), "teamFormat",
                        "is required for a group event")
                .check(kind != EventKind.INDIVIDUAL || teamFormat.isEmpty(), "teamFormat",
                        "is only for group events")
                .throwIfInvalid();
        return trimmed;
    }

    public boolean isGroup() {
        return kind == EventKind.GROUP;
    }

    /** The team format of a group event; asking an individual event for one is a programming error. */
    public TeamFormat requireTeamFormat() {
        return teamFormat.orElseThrow(() -> new IllegalStateException(name + " is not a group event"));
    }

    public boolean admits(Gender gender) {
        return genderRestriction.map(gender::equals).orElse(true);
    }

    public boolean admits(Seniority seniority) {
        return seniorityRestriction.map(seniority::equals).orElse(true);
    }

    public FestivalEvent withShortCode(ShortCode code) {
        return new FestivalEvent(id, edition, name, kind, category, genderRestriction, seniorityRestriction,
                mandatory, active, code, teamFormat);
    }
}
