package org.kalamela.application.festival.event;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.EventChangePolicy;
import org.kalamela.domain.festival.event.EventNamePolicy;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.ShortCodePolicy;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.Changes;

/**
 * What a whole edit ({@link EditEvent}) and a partial one ({@link PatchEvent}) share once the new definition is
 * read: unique name and short code in the edition, an event with entries keeps its kind and short code
 * ({@link EventChangePolicy}), and the audit entry with every changed field. Not a bean: each use case makes
 * its own.
 */
final class EventEditing {

    private final FestivalEventRepository events;
    private final IndividualEntryRepository entries;
    private final TeamRepository teams;
    private final AuditLog audit;
    private final Clock clock;
    private final ShortCodePolicy shortCodes = new ShortCodePolicy();
    private final EventNamePolicy names = new EventNamePolicy();
    private final EventChangePolicy changes = new EventChangePolicy();

    EventEditing(FestivalEventRepository events, IndividualEntryRepository entries, TeamRepository teams,
                 AuditLog audit, Clock clock) {
        this.events = events;
        this.entries = entries;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
    }

    FestivalEvent apply(FestivalEvent before, EventDefinition definition, Actor actor) {
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
