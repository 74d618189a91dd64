package org.kalamela.application.migration.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.DistrictRow;
import org.kalamela.application.migration.LegacySource.UserRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;

/**
 * Clergy districts. A district of the same name (ignoring case) that already exists is taken as the same
 * district, so an import into a database with districts merges rather than duplicates. The conference limits
 * the old app kept on its district official's user become the district's.
 */
@ApplicationScoped
public class DistrictsImport implements TableImport<DistrictRow> {

    private final DistrictRepository districts;

    @Inject
    public DistrictsImport(DistrictRepository districts) {
        this.districts = districts;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.DISTRICTS;
    }

    @Override
    public List<DistrictRow> items(LegacySnapshot snapshot) {
        return snapshot.districts().stream().sorted(Comparator.comparingLong(DistrictRow::id)).toList();
    }

    @Override
    public long id(DistrictRow item) {
        return item.id();
    }

    @Override
    public void load(DistrictRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        if (row.name() == null || row.name().isBlank()) {
            batch.skipped(row.id(), "the district has no name");
            return;
        }
        Optional<District> existing = districts.findByName(row.name().strip());
        if (existing.isPresent()) {
            batch.note(row.id(), "matched the existing district '" + existing.get().name() + "'");
            batch.imported(row.id(), existing.get().id().value());
            return;
        }
        District made = districts.create(row.name().strip(), limits(row.id(), batch.snapshot()));
        batch.imported(row.id(), made.id().value());
    }

    /** The counts the old app kept on the district's official (user type 3), else none. */
    private static ConferenceLimits limits(long districtId, LegacySnapshot snapshot) {
        return snapshot.users().stream()
                .filter(user -> Objects.equals(user.userType(), 3) && Objects.equals(user.districtId(), districtId))
                .filter(user -> user.conferenceOfficialCount() != null || user.conferenceMemberCount() != null)
                .min(Comparator.comparingLong(UserRow::id))
                .map(user -> new ConferenceLimits(Math.max(0, orZero(user.conferenceOfficialCount())),
                        Math.max(0, orZero(user.conferenceMemberCount()))))
                .orElse(new ConferenceLimits(0, 0));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
