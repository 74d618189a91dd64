package org.kalamela.adapters.persistence.registry.officials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.registry.officials.Office;
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
        return rows.isEmpty() ? Optional.empty() : Optional.of(UnitOfficialsMapper.toDomain(unit, rows));
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
                row = UnitOfficialsMapper.toEntity(officials.unitId(), office);
            }
            UnitOfficialsMapper.copy(officials.holder(office), row);
            if (isNew) {
                offices.persist(row);
            }
        }
    }
}
