package org.kalamela.adapters.persistence.registry.officials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.officials.OfficeHolder;
import org.kalamela.domain.shared.value.PhoneNumber;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.officials.UnitOfficialsRepository;
import org.kalamela.domain.shared.id.UnitId;

/** One row per office; saving again updates the rows in place, so a unit never has two holders of an office. */
@ApplicationScoped
public class PostgresUnitOfficialsRepository implements UnitOfficialsRepository {

    private final UnitOfficialPanacheRepository offices;

    @Inject
    PostgresUnitOfficialsRepository(UnitOfficialPanacheRepository offices) {
        this.offices = offices;
    }

    @Override
    public Optional<UnitOfficials> findByUnit(UnitId unit) {
        List<UnitOfficialEntity> rows = offices.list("unitId", unit.value());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Office, OfficeHolder> holders = new EnumMap<>(Office.class);
        for (UnitOfficialEntity row : rows) {
            holders.put(Office.valueOf(row.office), new OfficeHolder(row.name, new PhoneNumber(row.phone)));
        }
        return Optional.of(new UnitOfficials(unit, holders));
    }

    @Override
    public void save(UnitOfficials officials) {
        Map<Office, UnitOfficialEntity> existing = new EnumMap<>(Office.class);
        offices.list("unitId", officials.unitId().value())
                .forEach(row -> existing.put(Office.valueOf(row.office), row));
        for (Office office : Office.values()) {
            UnitOfficialEntity row = existing.get(office);
            boolean isNew = row == null;
            if (isNew) {
                row = new UnitOfficialEntity();
                row.unitId = officials.unitId().value();
                row.office = office.name();
            }
            OfficeHolder holder = officials.holder(office);
            row.name = holder.name();
            row.phone = holder.phone().digits();
            if (isNew) {
                offices.persist(row);
            }
        }
    }
}
