package org.kalamela.domain.festival;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.shared.Gender;
import org.kalamela.domain.shared.Validation;

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
        Objects.requireNonNull(edition, "edition");
        name = name == null ? null : name.trim();
        genderRestriction = genderRestriction == null ? Optional.empty() : genderRestriction;
        seniorityRestriction = seniorityRestriction == null ? Optional.empty() : seniorityRestriction;
        teamFormat = teamFormat == null ? Optional.empty() : teamFormat;
        new Validation()
                .required(name, "name")
                .check(name == null || name.length() <= MAX_NAME_LENGTH, "name",
                        "must be at most " + MAX_NAME_LENGTH + " characters")
                .required(kind, "kind")
                .required(category, "category")
                .required(shortCode, "shortCode")
                .check(kind != EventKind.GROUP || teamFormat.isPresent(), "teamFormat",
                        "is required for a group event")
                .check(kind != EventKind.INDIVIDUAL || teamFormat.isEmpty(), "teamFormat",
                        "is only for group events")
                .throwIfInvalid();
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
