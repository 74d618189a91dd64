package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.schedule.DrawnCodeLetters;
import org.kalamela.domain.festival.schedule.PerformanceStatus;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.StageStatus;
import org.kalamela.domain.festival.schedule.StageStatusPolicy;
import org.kalamela.domain.festival.schedule.StageStatusRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The admin sets a scheduled event's status on its stage on the day: waiting, performing (with the drawn code
 * letter on stage) or completed ({@link StageStatusPolicy}); audited with the status before and after. The
 * public schedule shows it at once: a status is not part of the plan, so it needs no publication.
 */
@UseCase
public class SetStageStatus {

    private final StageStatusRepository statuses;
    private final ScheduleRepository plan;
    private final DrawnCodeLetters drawn;
    private final EventLookup events;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public SetStageStatus(StageStatusRepository statuses, ScheduleRepository plan, DrawnCodeLetters drawn,
                          EventLookup events, CurrentEdition editions, AuditLog audit, Clock clock) {
        this.statuses = statuses;
        this.plan = plan;
        this.drawn = drawn;
        this.events = events;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(EventId event, PerformanceStatus status, String codeLetter) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code EVENT_NOT_SCHEDULED},
     *         {@code STAGE_STATUS_NOT_ALLOWED}, {@code CODE_LETTER_NOT_DRAWN}
     */
    @Transactional
    public StageStatus execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        StageStatus next = new StageStatus(command.status(), Optional.ofNullable(command.codeLetter()));
        FestivalEvent event = events.require(command.event(), editions.require().year());
        StageStatusPolicy.requireScheduled(event.id(), plan.find(event.id()).isPresent());
        StageStatus current = statuses.find(event.id()).orElse(StageStatus.WAITING);
        StageStatusPolicy.checkChange(current, next, drawn.of(event.id()));
        statuses.save(event.id(), next, actor.accountId(), clock.instant());
        audit.record(AuditEntry.by(actor, "STAGE_STATUS_CHANGED", "event", event.id(), clock.instant(), Map.of(
                "event", event.name(), "from", describe(current), "to", describe(next))));
        return next;
    }

    private static String describe(StageStatus status) {
        return status.status().name() + status.codeLetter().map(letter -> " " + letter).orElse("");
    }
}
