package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.EntryExportFilter;
import org.kalamela.application.festival.query.EntryExportReader;
import org.kalamela.application.festival.query.EventEntryExportRow;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * The events-data export's rows from the other fakes, computed when the writer asks for them (as a cursor
 * would be opened) and in the order the SQL sorts them.
 */
public final class InMemoryEntryExportReader implements EntryExportReader {

    private record Sortable(long event, int code, String name, EventEntryExportRow row) {
    }

    private final InMemoryIndividualEntryRepository entries;
    private final InMemoryTeamRepository teams;
    private final InMemoryFestivalEventRepository events;
    private final InMemoryChestNumberRegistry chestNumbers;
    private final RegistryTables registry;

    public InMemoryEntryExportReader(InMemoryIndividualEntryRepository entries, InMemoryTeamRepository teams,
                                     InMemoryFestivalEventRepository events, InMemoryChestNumberRegistry chestNumbers,
                                     RegistryTables registry) {
        this.entries = entries;
        this.teams = teams;
        this.events = events;
        this.chestNumbers = chestNumbers;
        this.registry = registry;
    }

    @Override
    public RowSource<EventEntryExportRow> individualEntries(EditionYear edition, EntryExportFilter filter) {
        return sink -> {
            List<Sortable> rows = new ArrayList<>();
            for (IndividualEntry entry : entries.all()) {
                if (entry.edition().equals(edition) && matches(filter, entry.districtId(), entry.eventId().value())) {
                    int number = chestNumbers.find(edition, entry.memberId()).map(ChestNumber::value).orElse(0);
                    rows.add(sortable(entry.eventId(), number, number == 0 ? "" : Integer.toString(number),
                            entry.memberId()));
                }
            }
            sorted(rows).forEach(sink);
        };
    }

    @Override
    public RowSource<EventEntryExportRow> teamMembers(EditionYear edition, EntryExportFilter filter) {
        return sink -> {
            List<Sortable> rows = new ArrayList<>();
            for (Team team : teams.all()) {
                boolean ofEdition = events.findById(team.eventId()).orElseThrow().edition().equals(edition);
                if (ofEdition && matches(filter, team.districtId(), team.eventId().value())) {
                    team.members().forEach(member -> rows.add(sortable(team.eventId(), team.code().number(),
                            team.code().toString(), member)));
                }
            }
            sorted(rows).forEach(sink);
        };
    }

    private static boolean matches(EntryExportFilter filter, DistrictId district, long event) {
        return (filter.districtId() == null || filter.districtId().equals(district))
                && (filter.eventId() == null || filter.eventId().value() == event);
    }

    private Sortable sortable(EventId event, int code, String printed, MemberId member) {
        String name = registry.nameOf(member);
        String eventName = events.findById(event).orElseThrow().name();
        return new Sortable(event.value(), code, name, new EventEntryExportRow(eventName, printed, name,
                registry.unitOf(member).name(), registry.districtOf(member).name()));
    }

    private static List<EventEntryExportRow> sorted(List<Sortable> rows) {
        return rows.stream()
                .sorted(Comparator.comparingLong(Sortable::event).thenComparingInt(Sortable::code)
                        .thenComparing(Sortable::name))
                .map(Sortable::row)
                .toList();
    }
}
