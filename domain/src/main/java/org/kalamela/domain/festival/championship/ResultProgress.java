package org.kalamela.domain.festival.championship;

/**
 * How far an edition's results have come: {@code published} of its {@code events} have a published result
 * ("after 27 of 45 results"). Tables built on it are provisional until every event's result is published.
 * An event under appeal keeps its published result (and its number), so it counts as published.
 */
public record ResultProgress(int published, int events) {

    public ResultProgress {
        if (published < 0 || published > events) {
            throw new IllegalArgumentException("0 <= published <= events: " + published + " of " + events);
        }
    }

    public boolean isProvisional() {
        return published < events;
    }
}
