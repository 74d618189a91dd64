package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import org.kalamela.application.festival.query.EntryListReader;
import org.kalamela.application.festival.query.IndividualEntryFilter;
import org.kalamela.application.festival.query.IndividualEntryRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Individual entries with names, joined from the other fakes in the order the SQL sorts them. */
public final class InMemoryEntryListReader implements EntryListReader {

    private final InMemoryIndividualEntryRepository entries;
    private final InMemoryFestivalEventRepository events;
    private final InMemoryChestNumberRegistry chestNumbers;
    private final RegistryTables registry;

    public InMemoryEntryListReader(InMemoryIndividualEntryRepository entries, InMemoryFestivalEventRepository events,
                                   InMemoryChestNumberRegistry chestNumbers, RegistryTables registry) {
        this.entries = entries;
        this.events = events;
        this.chestNumbers = chestNumbers;
        this.registry = registry;
    }

    @Override
    public Page<IndividualEntryRow> find(EditionYear edition, IndividualEntryFilter filter, PageRequest page) {
        return Pages.of(findAll(edition, filter), page);
    }

    @Override
    public List<IndividualEntryRow> findAll(EditionYear edition, IndividualEntryFilter filter) {
        return entries.all().stream()
                .filter(entry -> entry.edition().equals(edition) && matches(entry, filter))
                .sorted(Comparator.<IndividualEntry>comparingLong(entry -> entry.eventId().value())
                        .thenComparing(IndividualEntry::memberId, registry.byDistrictUnitName())
                        .thenComparingLong(entry -> entry.id().value()))
                .map(entry -> toRow(edition, entry))
                .toList();
    }

    private boolean matches(IndividualEntry entry, IndividualEntryFilter filter) {
        return (filter.districtId() == null || filter.districtId().equals(entry.districtId()))
                && (filter.unitId() == null || filter.unitId().equals(registry.unitOf(entry.memberId()).id()))
                && (filter.eventId() == null || filter.eventId().equals(entry.eventId()))
                && (filter.seniority() == null || filter.seniority() == entry.seniority());
    }

    private IndividualEntryRow toRow(EditionYear edition, IndividualEntry entry) {
        RegistryTables.Unit unit = registry.unitOf(entry.memberId());
        String eventName = events.findById(entry.eventId()).orElseThrow().name();
        return new IndividualEntryRow(entry.id(), entry.eventId(), eventName, entry.memberId(),
                registry.nameOf(entry.memberId()), unit.id(), unit.name(), entry.districtId(),
                registry.districtOf(entry.memberId()).name(), entry.seniority(),
                chestNumbers.find(edition, entry.memberId()));
    }
}
