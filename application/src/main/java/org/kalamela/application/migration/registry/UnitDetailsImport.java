package org.kalamela.application.migration.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.UnitDetailsRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.registry.unit.UnitDetails;
import org.kalamela.domain.registry.unit.UnitDetailsRepository;
import org.kalamela.domain.shared.id.UnitId;

/** What units stated on their form: the year of registration and the number of members. */
@ApplicationScoped
public class UnitDetailsImport implements TableImport<UnitDetailsRow> {

    private final UnitDetailsRepository details;

    @Inject
    public UnitDetailsImport(UnitDetailsRepository details) {
        this.details = details;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.UNIT_DETAILS;
    }

    @Override
    public List<UnitDetailsRow> items(LegacySnapshot snapshot) {
        return snapshot.unitDetails().stream().sorted(Comparator.comparingLong(UnitDetailsRow::id)).toList();
    }

    @Override
    public long id(UnitDetailsRow item) {
        return item.id();
    }

    @Override
    public void load(UnitDetailsRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<UnitId> unit = UnitOfUser.find(row.userId(), row.id(), batch);
        if (unit.isEmpty()) {
            return;
        }
        if (row.registrationYear() == null || row.registrationYear() < 1900 || row.registrationYear() > 9999) {
            batch.skipped(row.id(), "invalid registration year " + row.registrationYear());
            return;
        }
        if (details.findByUnit(unit.get()).isPresent()) {
            batch.skipped(row.id(), "the unit's details were already given by another row");
            return;
        }
        int members = row.memberCount() == null ? 0 : row.memberCount();
        if (members < 0) {
            batch.skipped(row.id(), "negative number of members " + members);
            return;
        }
        details.save(new UnitDetails(unit.get(), row.registrationYear(), members));
        batch.imported(row.id(), unit.get().value());
    }
}
