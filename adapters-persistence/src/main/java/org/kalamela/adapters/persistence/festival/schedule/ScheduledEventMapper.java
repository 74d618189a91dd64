package org.kalamela.adapters.persistence.festival.schedule;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.ScheduledEvent;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.Timing;

/** The one mapping between a {@code scheduled_events} row and a {@link ScheduledEvent}. */
final class ScheduledEventMapper {

    private ScheduledEventMapper() {
    }

    static ScheduledEvent toDomain(ScheduledEventEntity e) {
        Timing timing = e.fixedMinutes != null
                ? Timing.fixed(e.fixedMinutes)
                : Timing.perPerformance(e.minutesPerPerformance);
        return new ScheduledEvent(EventId.of(e.eventId), EditionYear.of(e.editionYear), StageId.of(e.stageId),
                e.startsAt, timing);
    }

    static void copy(ScheduledEvent scheduled, ScheduledEventEntity entity) {
        entity.eventId = scheduled.event().value();
        entity.editionYear = scheduled.edition().value();
        entity.stageId = scheduled.stage().value();
        entity.startsAt = scheduled.start();
        entity.minutesPerPerformance = scheduled.timing() instanceof Timing.PerPerformance per ? per.minutes() : null;
        entity.fixedMinutes = scheduled.timing() instanceof Timing.Fixed fixed ? fixed.minutes() : null;
    }
}
