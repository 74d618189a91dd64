package org.kalamela.application.festival.event;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.EventChangePolicy;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin edits an event: name, category, restrictions (correcting those inferred at import), flags, team
 * format and short code, audited with every changed field. An event with entries keeps its kind and short
 * code ({@link EventChangePolicy}). {@link PatchEvent} changes only the fields given.
 */
@UseCase
public class EditEvent {

    private final FestivalEventRepository events;
    private final EventEditing editing;

    @Inject
    public EditEvent(FestivalEventRepository events, IndividualEntryRepository entries, TeamRepository teams,
                     AuditLog audit, Clock clock) {
        this.events = events;
        this.editing = new EventEditing(events, entries, teams, audit, clock);
    }

    /** @param form a blank short code keeps the event's current one */
    public record Command(EventId eventId, EventForm form) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code EVENT_NAME_TAKEN}, {@code SHORT_CODE_TAKEN},
     *         {@code EVENT_HAS_ENTRIES}, {@code SHORT_CODE_IN_USE}
     */
    @Transactional
    public FestivalEvent execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Validation errors = new Validation().required(command.eventId(), "eventId").required(command.form(), "form");
        errors.throwIfInvalid();
        EventDefinition definition = EventDefinition.read(command.form(), errors).orElse(null);
        errors.throwIfInvalid();
        FestivalEvent before = events.findById(command.eventId())
                .orElseThrow(() -> new NotFound("Event", command.eventId()));
        return editing.apply(before, definition, actor);
    }
}
