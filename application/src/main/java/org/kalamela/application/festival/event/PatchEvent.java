package org.kalamela.application.festival.event;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A partial edit of an event of the given kind: the patch's null fields keep their values, and the rules of
 * {@link EditEvent} apply. An event of the other kind is not found, as the paths
 * {@code /events/individual/{id}} and {@code /events/group/{id}} say.
 */
@UseCase
public class PatchEvent {

    private final FestivalEventRepository events;
    private final EventEditing editing;

    @Inject
    public PatchEvent(FestivalEventRepository events, IndividualEntryRepository entries, TeamRepository teams,
                      AuditLog audit, Clock clock) {
        this.events = events;
        this.editing = new EventEditing(events, entries, teams, audit, clock);
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation as {@link EditEvent#execute} */
    @Transactional
    public FestivalEvent execute(EventId eventId, EventKind kind, EventPatch patch, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(eventId, "eventId").required(patch, "body").throwIfInvalid();
        FestivalEvent before = events.findById(eventId).filter(event -> event.kind() == kind)
                .orElseThrow(() -> new NotFound("Event", eventId));
        Validation errors = new Validation();
        EventDefinition definition = EventDefinition.read(patch.over(before), errors).orElse(null);
        errors.throwIfInvalid();
        return editing.apply(before, definition, actor);
    }
}
