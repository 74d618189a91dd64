package org.kalamela.application.migration.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.UnitRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.id.DistrictId;

/** Unit names of the districts; a unit of the same name in the same district is taken as the same unit. */
@ApplicationScoped
public class UnitsImport implements TableImport<UnitRow> {

    private final UnitNameRepository units;

    @Inject
    public UnitsImport(UnitNameRepository units) {
        this.units = units;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.UNITS;
    }

    @Override
    public List<UnitRow> items(LegacySnapshot snapshot) {
        return snapshot.units().stream().sorted(Comparator.comparingLong(UnitRow::id)).toList();
    }

    @Override
    public long id(UnitRow item) {
        return item.id();
    }

    @Override
    public void load(UnitRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<Long> district = batch.newId(LegacyTable.DISTRICTS, row.districtId());
        if (district.isEmpty()) {
            batch.skipped(row.id(), "orphan: district " + row.districtId() + " was not imported");
            return;
        }
        if (row.name() == null || row.name().isBlank()) {
            batch.skipped(row.id(), "the unit has no name");
            return;
        }
        DistrictId districtId = DistrictId.of(district.get());
        Optional<UnitName> existing = units.findByName(districtId, row.name().strip());
        if (existing.isPresent()) {
            batch.note(row.id(), "matched the existing unit '" + existing.get().name() + "'");
            batch.imported(row.id(), existing.get().id().value());
            return;
        }
        batch.imported(row.id(), units.create(districtId, row.name().strip()).id().value());
    }
}
