package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.ChestNumberListReader;
import org.kalamela.application.festival.query.ChestNumberListRow;
import org.kalamela.domain.festival.chest.NumberedDistrict;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/** The chest-number list from the other fakes, computed when the writer asks for it, in the SQL's order. */
public final class InMemoryChestNumberListReader implements ChestNumberListReader {

    private final InMemoryChestNumberRegistry chestNumbers;
    private final InMemoryIndividualEntryRepository entries;
    private final InMemoryFestivalEventRepository events;
    private final RegistryTables registry;

    public InMemoryChestNumberListReader(InMemoryChestNumberRegistry chestNumbers,
                                         InMemoryIndividualEntryRepository entries,
                                         InMemoryFestivalEventRepository events, RegistryTables registry) {
        this.chestNumbers = chestNumbers;
        this.entries = entries;
        this.events = events;
        this.registry = registry;
    }

    @Override
    public List<NumberedDistrict> districts(EditionYear edition) {
        return chestNumbers.currentNumbers(edition).keySet().stream()
                .map(registry::districtOf)
                .distinct()
                .sorted(Comparator.comparing(RegistryTables.District::name))
                .map(district -> new NumberedDistrict(district.id(), district.name()))
                .toList();
    }

    @Override
    public RowSource<ChestNumberListRow> chestNumbers(EditionYear edition, DistrictId district) {
        return sink -> chestNumbers.currentNumbers(edition).entrySet().stream()
                .filter(held -> registry.districtOf(held.getKey()).id().equals(district))
                .sorted(Map.Entry.comparingByValue())
                .map(held -> row(edition, held.getKey(), held.getValue()))
                .forEach(sink);
    }

    private ChestNumberListRow row(EditionYear edition, MemberId member, ChestNumber number) {
        String eventNames = entries.all().stream()
                .filter(entry -> entry.edition().equals(edition) && entry.memberId().equals(member))
                .sorted(Comparator.comparingLong(entry -> entry.eventId().value()))
                .map(entry -> events.findById(entry.eventId()).orElseThrow().name())
                .collect(Collectors.joining(", "));
        return new ChestNumberListRow(number, registry.nameOf(member), registry.unitOf(member).name(), eventNames);
    }
}
