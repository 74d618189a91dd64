package org.kalamela.application.festival.schedule;

import java.time.LocalDate;
import java.util.List;
import org.kalamela.domain.festival.schedule.StageId;

/** The events of one stage on one day, by start: how the schedule is printed and read. */
public record StageDay<T>(LocalDate day, StageId stage, String stageName, String stageLocation, List<T> events) {

    public StageDay {
        events = List.copyOf(events);
    }
}
