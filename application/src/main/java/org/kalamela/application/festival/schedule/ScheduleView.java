package org.kalamela.application.festival.schedule;

import java.util.List;
import java.util.Optional;
import org.kalamela.application.festival.query.PublicationRow;
import org.kalamela.application.festival.query.ScheduledEventRow;

/**
 * The admin's schedule: the plan per day and stage, the latest publication if any, and whether the plan has
 * changed since (then the public still reads the plan as published, and the admin publishes again).
 */
public record ScheduleView(Optional<PublicationRow> publication, boolean changedSincePublication,
                           List<StageDay<ScheduledEventRow>> days) {

    public ScheduleView {
        days = List.copyOf(days);
    }
}
