package org.kalamela.domain.festival.team;

/** Identifies a team. Typed so that a team's id cannot be passed where another kind of id is expected. */
public record TeamId(long value) {

    public TeamId {
        if (value <= 0) {
            throw new IllegalArgumentException("team ids are positive: " + value);
        }
    }

    public static TeamId of(long value) {
        return new TeamId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
