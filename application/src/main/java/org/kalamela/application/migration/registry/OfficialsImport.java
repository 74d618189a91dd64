package org.kalamela.application.migration.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.OfficialsRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.officials.OfficeHolder;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.officials.UnitOfficialsRepository;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.UnitId;

/**
 * A unit's five office holders. Every office needs a name and a mobile number in the new model; a row missing
 * one is skipped with the offices at fault, and the unit fills them in again.
 */
@ApplicationScoped
public class OfficialsImport implements TableImport<OfficialsRow> {

    private final UnitOfficialsRepository officials;

    @Inject
    public OfficialsImport(UnitOfficialsRepository officials) {
        this.officials = officials;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.UNIT_OFFICIALS;
    }

    @Override
    public List<OfficialsRow> items(LegacySnapshot snapshot) {
        return snapshot.officials().stream().sorted(Comparator.comparingLong(OfficialsRow::id)).toList();
    }

    @Override
    public long id(OfficialsRow item) {
        return item.id();
    }

    @Override
    public void load(OfficialsRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<UnitId> unit = UnitOfUser.find(row.userId(), row.id(), batch);
        if (unit.isEmpty()) {
            return;
        }
        if (officials.findByUnit(unit.get()).isPresent()) {
            batch.skipped(row.id(), "the unit's officials were already given by another row");
            return;
        }
        Map<Office, OfficeHolder> holders = new EnumMap<>(Office.class);
        List<String> errors = new ArrayList<>();
        for (Office office : Office.values()) {
            try {
                holders.put(office, OfficeHolder.of(office, row.names().get(office.ordinal()),
                        row.phones().get(office.ordinal())));
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(error -> errors.add(error.field() + " " + error.message()));
            }
        }
        if (!errors.isEmpty()) {
            batch.skipped(row.id(), "officials incomplete: " + String.join("; ", errors));
            return;
        }
        officials.save(new UnitOfficials(unit.get(), holders));
        batch.imported(row.id(), unit.get().value());
    }
}
