package org.kalamela.application.festival.event;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.EventChangePolicy;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;

/** The admin deletes an event nobody is entered in; one with entries is deactivated instead. */
@UseCase
public class DeleteEvent {

    private final FestivalEventRepository events;
    private final IndividualEntryRepository entries;
    private final TeamRepository teams;
    private final AuditLog audit;
    private final Clock clock;
    private final EventChangePolicy changes = new EventChangePolicy();

    @Inject
    public DeleteEvent(FestivalEventRepository events, IndividualEntryRepository entries, TeamRepository teams,
                       AuditLog audit, Clock clock) {
        this.events = events;
        this.entries = entries;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code EVENT_HAS_ENTRIES} */
    @Transactional
    public void execute(EventId eventId, Actor actor) {
        actor.require(Role.ADMIN);
        FestivalEvent event = events.findById(eventId).orElseThrow(() -> new NotFound("Event", eventId));
        changes.checkDelete(event, entries.existsForEvent(eventId) || teams.existsForEvent(eventId));
        events.delete(eventId);
        audit.record(AuditEntry.by(actor, "EVENT_DELETED", "event", eventId, clock.instant(), Map.of(
                "edition", event.edition().toString(), "name", event.name(), "shortCode", event.shortCode().value())));
    }
}
