package org.kalamela.application.festival.event;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventNamePolicy;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.ShortCodePolicy;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin imports an edition's events from rows read by an adapter (a file in the shape of
 * {@code data/kalamela-events.csv}); the demo data loads the real edition's 45 events this way. All or
 * nothing: if any row is invalid, or names an event the edition or an earlier row already has, nothing is
 * imported and every error is reported under its row's line ({@code rows[12].category}). Short codes are
 * the defaults of {@link ShortCodePolicy}, given in file order, so a later event yields to an earlier one.
 */
@UseCase
public class ImportEvents {

    private final FestivalEventRepository events;
    private final EditionRepository editions;
    private final AuditLog audit;
    private final Clock clock;
    private final ShortCodePolicy shortCodes = new ShortCodePolicy();
    private final EventNamePolicy namePolicy = new EventNamePolicy();

    @Inject
    public ImportEvents(FestivalEventRepository events, EditionRepository editions, AuditLog audit, Clock clock) {
        this.events = events;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param inferRestrictions guess a blank gender or seniority from the name (rows from the old app) */
    public record Command(EditionYear edition, List<EventImportRow> rows, boolean inferRestrictions) {

        public Command {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** @throws org.kalamela.domain.shared.error.InvalidInput {@code EVENT_IMPORT_INVALID} listing every bad cell */
    @Transactional
    public List<FestivalEvent> execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Validation errors = new Validation().required(command.edition(), "edition");
        errors.throwIfInvalid();
        if (command.rows().isEmpty()) {
            errors.add("rows", "must list at least one event").throwIfInvalid();
        }
        EditionYear edition = editions.findByYear(command.edition())
                .orElseThrow(() -> new NotFound("Edition", command.edition())).year();
        List<NewFestivalEvent> accepted = check(command, edition, errors);
        errors.throwRowsIfInvalid(ErrorCode.EVENT_IMPORT_INVALID, "The import has invalid rows; nothing was imported");
        List<FestivalEvent> created = accepted.stream().map(events::create).toList();
        audit.record(AuditEntry.by(actor, "EVENTS_IMPORTED", "edition", edition, clock.instant(),
                Map.of("events", Integer.toString(created.size()))));
        return created;
    }

    private List<NewFestivalEvent> check(Command command, EditionYear edition, Validation errors) {
        EventImportParser parser = new EventImportParser(command.inferRestrictions());
        List<FestivalEvent> existing = events.findByEdition(edition);
        Set<ShortCode> taken = new HashSet<>();
        List<String> takenNames = new ArrayList<>();
        existing.forEach(event -> {
            taken.add(event.shortCode());
            takenNames.add(event.name());
        });
        List<NewFestivalEvent> accepted = new ArrayList<>();
        for (EventImportRow row : command.rows()) {
            Validation rowErrors = errors.element("rows", row.line());
            int before = errors.count();
            EventForm form = parser.parse(row, rowErrors);
            Optional<NewFestivalEvent> event = EventDefinition.read(form, rowErrors)
                    .filter(definition -> errors.count() == before)
                    .flatMap(definition -> accept(definition, edition, takenNames, taken, rowErrors));
            event.ifPresent(accepted::add);
        }
        return accepted;
    }

    /** The row's event with its default short code unless its name is taken; notes its name and code as taken. */
    private Optional<NewFestivalEvent> accept(EventDefinition definition, EditionYear edition, List<String> takenNames,
                                              Set<ShortCode> taken, Validation rowErrors) {
        try {
            namePolicy.checkUnique(definition.name(), takenNames);
        } catch (RuleViolation duplicate) {
            rowErrors.add("name", duplicate.getMessage());
            return Optional.empty();
        }
        Optional<ShortCode> code = Optional.ofNullable(
                rowErrors.read(() -> shortCodes.defaultFor(definition.name(), taken)));
        code.ifPresent(taken::add);
        takenNames.add(definition.name());
        return code.map(given -> definition.toNew(edition, given));
    }
}
