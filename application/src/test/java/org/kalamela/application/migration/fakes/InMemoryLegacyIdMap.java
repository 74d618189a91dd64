package org.kalamela.application.migration.fakes;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.kalamela.application.migration.LegacyIdMap;
import org.kalamela.application.migration.LegacyTable;

/** The legacy import's id map in memory; an old id is remembered once, as the table's primary key requires. */
public class InMemoryLegacyIdMap implements LegacyIdMap {

    private final Map<LegacyTable, Map<Long, Long>> ids = new EnumMap<>(LegacyTable.class);

    @Override
    public Map<Long, Long> all(LegacyTable table) {
        return new HashMap<>(ids.getOrDefault(table, Map.of()));
    }

    @Override
    public void remember(LegacyTable table, Map<Long, Long> imported) {
        Map<Long, Long> known = ids.computeIfAbsent(table, t -> new HashMap<>());
        imported.forEach((legacyId, newId) -> {
            if (known.putIfAbsent(legacyId, newId) != null) {
                throw new IllegalStateException(table + " row " + legacyId + " was imported before");
            }
        });
    }
}
