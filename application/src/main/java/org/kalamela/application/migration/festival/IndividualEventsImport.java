package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.IndividualEventRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEventRepository;

/**
 * Individual events, into the edition of the run. The old category is read as one of the four families, also
 * by its first word ("Literary" is Literary Events); an unknown category skips the event.
 */
@ApplicationScoped
public class IndividualEventsImport implements TableImport<IndividualEventRow> {

    private final LegacyEvents events;

    @Inject
    public IndividualEventsImport(FestivalEventRepository events) {
        this.events = new LegacyEvents(events);
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.INDIVIDUAL_EVENTS;
    }

    @Override
    public List<IndividualEventRow> items(LegacySnapshot snapshot) {
        return snapshot.individualEvents().stream().sorted(Comparator.comparingLong(IndividualEventRow::id)).toList();
    }

    @Override
    public long id(IndividualEventRow item) {
        return item.id();
    }

    @Override
    public void load(IndividualEventRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<EventCategory> category = category(row.category());
        if (category.isEmpty()) {
            batch.skipped(row.id(), "unknown category '" + row.category() + "'");
            return;
        }
        events.load(row.id(), row.name(), EventKind.INDIVIDUAL, category.get(), Optional.empty(), batch);
    }

    static Optional<EventCategory> category(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (EventCategory category : EventCategory.values()) {
            if (category.name().equals(key) || category.name().startsWith(key.split("_")[0] + "_")
                    || category.name().equals(key.split("_")[0])) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
