package org.kalamela.adapters.persistence.registry.officials;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.officials.OfficeHolder;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.PhoneNumber;

/** The one mapping between a unit's {@code unit_officials} rows (one per office) and its {@link UnitOfficials}. */
final class UnitOfficialsMapper {

    private UnitOfficialsMapper() {
    }

    static UnitOfficials toDomain(UnitId unit, List<UnitOfficialEntity> rows) {
        Map<Office, OfficeHolder> holders = new EnumMap<>(Office.class);
        for (UnitOfficialEntity row : rows) {
            holders.put(Office.valueOf(row.office), new OfficeHolder(row.name, new PhoneNumber(row.phone)));
        }
        return new UnitOfficials(unit, holders);
    }

    static UnitOfficialEntity toEntity(UnitId unit, Office office) {
        UnitOfficialEntity row = new UnitOfficialEntity();
        row.unitId = unit.value();
        row.office = office.name();
        return row;
    }

    static void copy(OfficeHolder holder, UnitOfficialEntity row) {
        row.name = holder.name();
        row.phone = holder.phone().digits();
    }
}
