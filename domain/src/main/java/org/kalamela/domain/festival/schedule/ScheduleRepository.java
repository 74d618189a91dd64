package org.kalamela.domain.festival.schedule;

import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;

/**
 * Outbound port: the plan, one place per scheduled event, and the plan's version per edition. Every change of
 * the plan raises the version, so a publication that stored the version it published knows whether the plan
 * has changed since.
 */
public interface ScheduleRepository {

    /** Schedules the event, or moves it if it was scheduled already. */
    void save(ScheduledEvent scheduled);

    /** Takes the event out of the plan; an event that was not scheduled stays so. */
    void remove(EventId event);

    Optional<ScheduledEvent> find(EventId event);

    /** Whether any event is scheduled on the stage. */
    boolean isScheduledOn(StageId stage);

    /** The edition's plan version: 0 until the first change, then one more per change. */
    long version(EditionYear edition);

    /** Raises the edition's plan version by one: the plan has changed. */
    void markChanged(EditionYear edition);
}
