package org.kalamela.application.festival.query;

import java.util.List;

/**
 * What the clash report works on: the scheduled events, and per event the members taking part (individual
 * entrants and team members) and the judges on its panel, each with a name to print.
 */
public record ScheduleFacts(List<ScheduledEventRow> events, List<PlanPersonRow> participants,
                            List<PlanPersonRow> judges) {

    public ScheduleFacts {
        events = List.copyOf(events);
        participants = List.copyOf(participants);
        judges = List.copyOf(judges);
    }
}
