package org.kalamela.domain.festival.event;

import org.kalamela.domain.shared.validation.Validation;

/** How a group event's teams are made: {@code minMembers..maxMembers} each, at most {@code teamsPerUnit} per unit. */
public record TeamFormat(int minMembers, int maxMembers, int teamsPerUnit) {

    public TeamFormat {
        new Validation()
                .check(minMembers >= 1, "minTeamSize", "must be 1 or more")
                .check(maxMembers >= minMembers, "maxTeamSize", "must not be below the minimum team size")
                .check(teamsPerUnit >= 1, "teamsPerUnit", "must be 1 or more")
                .throwIfInvalid();
    }

    /** A format with the default of one team per unit. */
    public static TeamFormat of(int minMembers, int maxMembers) {
        return new TeamFormat(minMembers, maxMembers, 1);
    }

    public boolean allowsSize(int members) {
        return members >= minMembers && members <= maxMembers;
    }

    @Override
    public String toString() {
        return minMembers + ".." + maxMembers + " members, " + teamsPerUnit + " per unit";
    }
}
