package org.kalamela.application.festival.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.festival.query.PublishedSlotRow;

/** The published schedule per day and stage, with each event's status now; empty and unpublished before. */
public record PublicSchedule(boolean published, Optional<Instant> publishedAt,
                             List<StageDay<PublishedSlotRow>> days) {

    public PublicSchedule {
        days = List.copyOf(days);
    }
}
