package org.kalamela.application.migration.festival;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.EventRestrictionInference;
import org.kalamela.domain.festival.event.EventRestrictions;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.ShortCodePolicy;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.festival.event.EventCategory;

/**
 * What the two event imports share: an event of the edition with the same name and kind is taken as the same
 * event; a new one gets the restrictions its name implies (inferred once, here; the admin corrects them) and the
 * default short code of the edition.
 */
final class LegacyEvents {

    private final FestivalEventRepository events;
    private final EventRestrictionInference inference = new EventRestrictionInference();
    private final ShortCodePolicy shortCodes = new ShortCodePolicy();

    LegacyEvents(FestivalEventRepository events) {
        this.events = events;
    }

    void load(long rowId, String rawName, EventKind kind, EventCategory category, Optional<TeamFormat> format,
              ImportBatch batch) {
        String name = rawName == null ? "" : rawName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            batch.skipped(rowId, "the event has no name");
            return;
        }
        var edition = batch.run().edition().year();
        Optional<FestivalEvent> sameName = events.findByEdition(edition).stream()
                .filter(event -> event.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (sameName.isPresent()) {
            if (sameName.get().kind() != kind) {
                batch.skipped(rowId, "the name is a " + sameName.get().kind() + " event's in edition " + edition);
                return;
            }
            batch.note(rowId, "matched the existing event '" + sameName.get().name() + "'");
            batch.imported(rowId, sameName.get().id().value());
            return;
        }
        Set<ShortCode> taken = events.findByEdition(edition).stream().map(FestivalEvent::shortCode)
                .collect(Collectors.toSet());
        EventRestrictions restrictions = inference.infer(name);
        FestivalEvent made = events.create(new NewFestivalEvent(edition, name, kind, category,
                restrictions.gender(), restrictions.seniority(), false, true, shortCodes.defaultFor(name, taken),
                format));
        if (restrictions.gender().isPresent() || restrictions.seniority().isPresent()) {
            batch.note(rowId, "restrictions inferred from the name: gender "
                    + restrictions.gender().map(Enum::name).orElse("any") + ", seniority "
                    + restrictions.seniority().map(Enum::name).orElse("any"));
        }
        batch.imported(rowId, made.id().value());
    }
}
