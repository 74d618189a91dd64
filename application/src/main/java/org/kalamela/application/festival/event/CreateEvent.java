package org.kalamela.application.festival.event;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventNamePolicy;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.ShortCodePolicy;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin adds an individual or group event to an edition. Its short code is the one given, if free in
 * the edition, or else the default {@link ShortCodePolicy} derives from the name.
 */
@UseCase
public class CreateEvent {

    private final FestivalEventRepository events;
    private final EditionRepository editions;
    private final AuditLog audit;
    private final Clock clock;
    private final ShortCodePolicy shortCodes = new ShortCodePolicy();
    private final EventNamePolicy names = new EventNamePolicy();

    @Inject
    public CreateEvent(FestivalEventRepository events, EditionRepository editions, AuditLog audit, Clock clock) {
        this.events = events;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(EditionYear edition, EventForm form) {
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code EVENT_NAME_TAKEN}, {@code SHORT_CODE_TAKEN} */
    @Transactional
    public FestivalEvent execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Validation errors = new Validation().required(command.edition(), "edition").required(command.form(), "form");
        errors.throwIfInvalid();
        EventDefinition definition = EventDefinition.read(command.form(), errors).orElse(null);
        errors.throwIfInvalid();
        EditionYear edition = editions.findByYear(command.edition())
                .orElseThrow(() -> new NotFound("Edition", command.edition())).year();
        List<FestivalEvent> others = events.findByEdition(edition);
        names.checkUnique(definition.name(), others.stream().map(FestivalEvent::name).toList());
        Set<ShortCode> taken = others.stream().map(FestivalEvent::shortCode).collect(Collectors.toSet());
        ShortCode code = definition.shortCode()
                .map(given -> shortCodes.checkEdited(given.value(), taken))
                .orElseGet(() -> shortCodes.defaultFor(definition.name(), taken));
        FestivalEvent event = events.create(definition.toNew(edition, code));
        audit.record(AuditEntry.by(actor, "EVENT_CREATED", "event", event.id(), clock.instant(), Map.of(
                "edition", edition.toString(), "name", event.name(), "kind", event.kind().name(),
                "shortCode", code.value())));
        return event;
    }
}
