package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.application.festival.query.ScheduleReader;
import org.kalamela.application.festival.query.ScheduledEventRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.ScheduledEvent;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.Timing;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin schedules an event of the current edition on one of its stages, or moves it: a start and either
 * minutes per performance (10 unless given) or a fixed length for an off-stage event. The plan's version
 * rises, so a published schedule shows as changed until it is published again.
 */
@UseCase
public class ScheduleEvent {

    private static final int MAX_MINUTES = 24 * 60;

    private final ScheduleRepository plan;
    private final ScheduleReader reader;
    private final EventLookup events;
    private final StageLookup stages;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ScheduleEvent(ScheduleRepository plan, ScheduleReader reader, EventLookup events, StageLookup stages,
                         CurrentEdition editions, AuditLog audit, Clock clock) {
        this.plan = plan;
        this.reader = reader;
        this.events = events;
        this.stages = stages;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param minutesPerPerformance null for the default (10), unless {@code fixedMinutes} is given */
    public record Command(EventId event, StageId stage, Instant start, Integer minutesPerPerformance,
                          Integer fixedMinutes) {
    }

    /** @return the event's place in the plan, its end computed from the entries now */
    @Transactional
    public ScheduledEventRow execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Timing timing = read(command);
        EditionYear edition = editions.require().year();
        FestivalEvent event = events.require(command.event(), edition);
        Stage stage = stages.require(command.stage());
        ScheduledEvent scheduled = new ScheduledEvent(event.id(), edition, stage.id(), command.start(), timing);
        plan.save(scheduled);
        plan.markChanged(edition);
        audit.record(AuditEntry.by(actor, "EVENT_SCHEDULED", "event", event.id(), clock.instant(), Map.of(
                "edition", edition.toString(), "event", event.name(), "stage", stage.name(),
                "start", command.start().toString(), "timing", describe(timing))));
        return reader.events(edition).stream().filter(row -> row.event().equals(event.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the scheduled event " + event.id() + " is not read back"));
    }

    private static Timing read(Command command) {
        Validation errors = new Validation().required(command.event(), "eventId").required(command.stage(), "stageId")
                .required(command.start(), "start");
        Integer perPerformance = command.minutesPerPerformance();
        Integer fixed = command.fixedMinutes();
        errors.check(perPerformance == null || fixed == null, "fixedMinutes",
                "is given instead of minutesPerPerformance, not with it");
        errors.check(perPerformance == null || perPerformance >= 1 && perPerformance <= MAX_MINUTES,
                "minutesPerPerformance", "must be between 1 and " + MAX_MINUTES);
        errors.check(fixed == null || fixed >= 1 && fixed <= MAX_MINUTES, "fixedMinutes",
                "must be between 1 and " + MAX_MINUTES);
        errors.throwIfInvalid();
        if (fixed != null) {
            return Timing.fixed(fixed);
        }
        return Timing.perPerformance(perPerformance == null ? Timing.DEFAULT_MINUTES_PER_PERFORMANCE : perPerformance);
    }

    private static String describe(Timing timing) {
        if (timing instanceof Timing.Fixed fixed) {
            return fixed.minutes() + " minutes, fixed";
        }
        return ((Timing.PerPerformance) timing).minutes() + " minutes per performance";
    }
}
