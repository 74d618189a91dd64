package org.kalamela.application.migration.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.application.migration.LegacyIdMap;
import org.kalamela.application.migration.LegacyTable;

/**
 * What every {@link LegacyIdMap} must do, run against the in-memory fake and PostgreSQL. The tables used are ones
 * the import only counts, so a database that has seen an import holds none of their rows. The tests are public
 * so that the {@code @QuarkusTest} subclass in another package can wrap each in a rolled-back transaction.
 */
public abstract class LegacyIdMapContract {

    protected abstract LegacyIdMap idMap();

    @Test
    public void aTableNothingWasImportedFromMapsNothing() {
        assertThat(idMap().all(LegacyTable.APPEALS)).isEmpty();
    }

    @Test
    public void rememberedRowsAreFoundPerTable() {
        idMap().remember(LegacyTable.APPEALS, Map.of(1L, 501L, 2L, 502L));
        idMap().remember(LegacyTable.APPEALS, Map.of(3L, 501L));
        idMap().remember(LegacyTable.APPEAL_PAYMENTS, Map.of(1L, 900L));

        assertThat(idMap().all(LegacyTable.APPEALS)).containsExactlyInAnyOrderEntriesOf(
                Map.of(1L, 501L, 2L, 502L, 3L, 501L));
        assertThat(idMap().all(LegacyTable.APPEAL_PAYMENTS)).containsExactlyEntriesOf(Map.of(1L, 900L));
    }

    @Test
    public void rememberingNothingChangesNothing() {
        idMap().remember(LegacyTable.APPEALS, Map.of());
        assertThat(idMap().all(LegacyTable.APPEALS)).isEmpty();
    }
}
