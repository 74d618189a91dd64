package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;

/** The admin takes an event of the current edition out of the plan; the plan's version rises. */
@UseCase
public class UnscheduleEvent {

    private final ScheduleRepository plan;
    private final EventLookup events;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public UnscheduleEvent(ScheduleRepository plan, EventLookup events, CurrentEdition editions, AuditLog audit,
                           Clock clock) {
        this.plan = plan;
        this.events = events;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws NotFound {@code NOT_FOUND} when the event is not in the plan */
    @Transactional
    public void execute(EventId eventId, Actor actor) {
        actor.require(Role.ADMIN);
        EditionYear edition = editions.require().year();
        FestivalEvent event = events.require(eventId, edition);
        if (plan.find(eventId).isEmpty()) {
            throw new NotFound("Scheduled event", eventId);
        }
        plan.remove(eventId);
        plan.markChanged(edition);
        audit.record(AuditEntry.by(actor, "EVENT_UNSCHEDULED", "event", eventId, clock.instant(), Map.of(
                "edition", edition.toString(), "event", event.name())));
    }
}
