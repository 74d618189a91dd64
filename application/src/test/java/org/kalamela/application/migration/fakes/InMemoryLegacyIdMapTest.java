package org.kalamela.application.migration.fakes;

import org.kalamela.application.migration.LegacyIdMap;
import org.kalamela.application.migration.contract.LegacyIdMapContract;

class InMemoryLegacyIdMapTest extends LegacyIdMapContract {

    private final InMemoryLegacyIdMap idMap = new InMemoryLegacyIdMap();

    @Override
    protected LegacyIdMap idMap() {
        return idMap;
    }
}
