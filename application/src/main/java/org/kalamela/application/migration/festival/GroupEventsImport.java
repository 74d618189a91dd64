package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.GroupEventRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.event.TeamFormat;

/**
 * Group events with their team sizes ({@code min_allowed_limit..max_allowed_limit}, at least 1) and teams per unit
 * ({@code per_unit_allowed_limit}, at least 1). The old app kept no category for group events: they come in as
 * Stage Events, noted, for the admin to correct.
 */
@ApplicationScoped
public class GroupEventsImport implements TableImport<GroupEventRow> {

    private final LegacyEvents events;

    @Inject
    public GroupEventsImport(FestivalEventRepository events) {
        this.events = new LegacyEvents(events);
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.GROUP_EVENTS;
    }

    @Override
    public List<GroupEventRow> items(LegacySnapshot snapshot) {
        return snapshot.groupEvents().stream().sorted(Comparator.comparingLong(GroupEventRow::id)).toList();
    }

    @Override
    public long id(GroupEventRow item) {
        return item.id();
    }

    @Override
    public void load(GroupEventRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        int min = row.minMembers() == null || row.minMembers() < 1 ? 1 : row.minMembers();
        int max = row.maxMembers() == null ? min : row.maxMembers();
        if (max < min) {
            batch.skipped(row.id(), "team size " + min + ".." + max + " is empty");
            return;
        }
        int perUnit = row.perUnitLimit() == null || row.perUnitLimit() < 1 ? 1 : row.perUnitLimit();
        batch.note(row.id(), "category set to Stage Events (the old app kept none for group events)");
        events.load(row.id(), row.name(), EventKind.GROUP, EventCategory.STAGE_EVENTS,
                Optional.of(new TeamFormat(min, max, perUnit)), batch);
    }
}
