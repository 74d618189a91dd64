package org.kalamela.application.festival.entry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.event.FestivalEvent;

/**
 * An event in a district official's overview with the district's standing in it.
 *
 * @param seniorities for an individual event, one tally per seniority it admits (both, or the one it is
 *        restricted to); empty for a group event
 * @param teams for a group event, the district's teams; empty for an individual event
 */
public record EventOverview(FestivalEvent event, List<SeniorityTally> seniorities, Optional<TeamTally> teams) {

    public EventOverview {
        Objects.requireNonNull(event, "event");
        seniorities = List.copyOf(seniorities);
        Objects.requireNonNull(teams, "teams");
    }
}
