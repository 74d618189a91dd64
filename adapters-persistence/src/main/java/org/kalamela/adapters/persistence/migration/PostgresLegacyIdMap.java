package org.kalamela.adapters.persistence.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlArrays;
import org.kalamela.application.migration.LegacyIdMap;
import org.kalamela.application.migration.LegacyTable;

/**
 * The old-to-new ids of the legacy import in {@code legacy_import_ids} (V17): read a table's at once, written a
 * batch's at once ({@code INSERT ... SELECT ... FROM unnest(...)}, one round trip per batch).
 */
@ApplicationScoped
public class PostgresLegacyIdMap implements LegacyIdMap {

    private final EntityManager em;

    @Inject
    public PostgresLegacyIdMap(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<Long, Long> all(LegacyTable table) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT legacy_id, new_id FROM legacy_import_ids WHERE legacy_table = ?1")
                .setParameter(1, table.name())
                .getResultList();
        Map<Long, Long> ids = new HashMap<>(rows.size() * 2);
        rows.forEach(row -> ids.put(Columns.number(row[0]), Columns.number(row[1])));
        return ids;
    }

    @Override
    public void remember(LegacyTable table, Map<Long, Long> imported) {
        List<Long> legacyIds = new ArrayList<>(imported.keySet());
        em.createNativeQuery("""
                        INSERT INTO legacy_import_ids (legacy_table, legacy_id, new_id)
                        SELECT ?1, legacy_id, new_id
                        FROM unnest(cast(?2 AS bigint[]), cast(?3 AS bigint[])) AS batch (legacy_id, new_id)""")
                .setParameter(1, table.name())
                .setParameter(2, SqlArrays.of(legacyIds))
                .setParameter(3, SqlArrays.of(legacyIds.stream().map(imported::get).toList()))
                .executeUpdate();
    }
}
