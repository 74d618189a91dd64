package org.kalamela.application.festival.query;

import java.time.Instant;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.Slot;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.StageStatus;
import org.kalamela.domain.festival.schedule.Timing;

/**
 * A scheduled event as the schedule lists it: names, the admin's start and timing, the number of
 * performances now (individual entries or teams) and the stage status.
 */
public record ScheduledEventRow(EventId event, String eventName, StageId stage, String stageName,
                                String stageLocation, Instant start, Timing timing, int performances,
                                StageStatus status) {

    /** The planned slot, its end following the performances counted when read. */
    public Slot slot() {
        return Slot.plan(event, stage, start, timing, performances);
    }
}
