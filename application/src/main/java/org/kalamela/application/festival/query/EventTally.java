package org.kalamela.application.festival.query;

import java.util.Objects;
import org.kalamela.domain.festival.event.FestivalEvent;

/**
 * An event with one district's counts in it: individual entries per seniority (for an individual event) or
 * teams (for a group event; the entry counts are then 0).
 */
public record EventTally(FestivalEvent event, int juniorEntries, int seniorEntries, int teams) {

    public EventTally {
        Objects.requireNonNull(event, "event");
        if (juniorEntries < 0 || seniorEntries < 0 || teams < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
