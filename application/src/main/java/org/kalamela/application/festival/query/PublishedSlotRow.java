package org.kalamela.application.festival.query;

import java.time.Instant;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.StageStatus;

/** An event of the published schedule: its slot as published, names, and its stage status now. */
public record PublishedSlotRow(EventId event, String eventName, StageId stage, String stageName,
                               String stageLocation, Instant start, Instant end, StageStatus status) {
}
