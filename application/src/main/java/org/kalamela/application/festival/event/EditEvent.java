package org.kalamela.application.festival.event;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.domain.shared.audit.Changes;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.EventChangePolicy;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.EventNamePolicy;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.ShortCodePolicy;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.actor.Role;

/**
 * The admin edits an event: name, category, restrictions (correcting those inferred at import), flags, team
 * format and short code, audited with every changed field. An event with entries keeps its kind and short
 * code ({@link EventChangePolicy}).
 */
@UseCase
public class EditEvent {

    private final FestivalEventRepository events;
    private final IndividualEntryRepository entries;
    private final TeamRepository teams;
    private final AuditLog audit;
    private final Clock clock;
    private final ShortCodePolicy shortCodes = new ShortCodePolicy();
    private final EventNamePolicy names = new EventNamePolicy();
    private final EventChangePolicy changes = new EventChangePolicy();

    @Inject
    public EditEvent(FestivalEventRepository events, IndividualEntryRepository entries, TeamRepository teams,
                     AuditLog audit, Clock clock) {
        this.events = events;
        this.entries = entries;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
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
        return edit(before, definition, actor);
    }

    /**
     * A partial edit of an event of the given kind: the patch's null fields keep their values. An event of the
     * other kind is not found, as the paths {@code /events/individual/{id}} and {@code /events/group/{id}} say.
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation as {@link #execute}
     */
    @Transactional
    public FestivalEvent patch(EventId eventId, EventKind kind, EventPatch patch, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(eventId, "eventId").required(patch, "body").throwIfInvalid();
        FestivalEvent before = events.findById(eventId).filter(event -> event.kind() == kind)
                .orElseThrow(() -> new NotFound("Event", eventId));
        Validation errors = new Validation();
        EventDefinition definition = EventDefinition.read(patch.over(before), errors).orElse(null);
        errors.throwIfInvalid();
        return edit(before, definition, actor);
    }

    private FestivalEvent edit(FestivalEvent before, EventDefinition definition, Actor actor) {
        List<FestivalEvent> others = events.findByEdition(before.edition()).stream()
                .filter(event -> !event.id().equals(before.id()))
                .toList();
        names.checkUnique(definition.name(), others.stream().map(FestivalEvent::name).toList());
        Set<ShortCode> taken = others.stream().map(FestivalEvent::shortCode).collect(Collectors.toSet());
        ShortCode code = definition.shortCode()
                .map(given -> shortCodes.checkEdited(given.value(), taken))
                .orElse(before.shortCode());
        FestivalEvent after = definition.toEvent(before.id(), before.edition(), code);
        changes.check(before, after, entries.existsForEvent(before.id()) || teams.existsForEvent(before.id()));
        Map<String, String> changed = Changes.between(before, after);
        if (changed.isEmpty()) {
            return before;
        }
        events.update(after);
        audit.record(AuditEntry.by(actor, "EVENT_EDITED", "event", after.id(), clock.instant(), changed));
        return after;
    }
}
