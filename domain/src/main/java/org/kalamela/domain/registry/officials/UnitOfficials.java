package org.kalamela.domain.registry.officials;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kalamela.domain.shared.id.UnitId;

/** The holders of a unit's five offices; every office is filled. Iterates in the order of {@link Office}. */
public record UnitOfficials(UnitId unitId, Map<Office, OfficeHolder> holders) {

    public UnitOfficials {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(holders, "holders");
        for (Office office : Office.values()) {
            if (holders.get(office) == null) {
                throw new IllegalArgumentException("every office is filled; missing " + office);
            }
        }
        holders = Collections.unmodifiableMap(new EnumMap<>(holders));
    }

    public OfficeHolder holder(Office office) {
        return holders.get(office);
    }
}
