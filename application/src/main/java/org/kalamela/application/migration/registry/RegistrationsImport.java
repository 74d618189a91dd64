package org.kalamela.application.migration.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.RegistrationRow;
import org.kalamela.application.migration.LegacySource.UserRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.registration.LegacyRegistrationStatus;
import org.kalamela.domain.registry.registration.RegistrationNumber;
import org.kalamela.domain.registry.registration.RegistrationNumberSequence;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Unit registrations, with the status mapped by {@link LegacyRegistrationStatus}. The registration number is the
 * unit account's old username when it has the new format, else a new number of the year the account was made
 * (noted; the account keeps its old username for signing in).
 */
@ApplicationScoped
public class RegistrationsImport implements TableImport<RegistrationRow> {

    static final String RETURNED_REASON = "Returned in the old app; see its records";

    private final UnitRegistrationRepository registrations;
    private final UnitNameRepository units;
    private final DistrictRepository districts;
    private final RegistrationNumberSequence numbers;

    @Inject
    public RegistrationsImport(UnitRegistrationRepository registrations, UnitNameRepository units,
                               DistrictRepository districts, RegistrationNumberSequence numbers) {
        this.registrations = registrations;
        this.units = units;
        this.districts = districts;
        this.numbers = numbers;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.UNIT_REGISTRATIONS;
    }

    @Override
    public List<RegistrationRow> items(LegacySnapshot snapshot) {
        return snapshot.registrations().stream().sorted(Comparator.comparingLong(RegistrationRow::id)).toList();
    }

    @Override
    public long id(RegistrationRow item) {
        return item.id();
    }

    @Override
    public void load(RegistrationRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<UnitId> unit = UnitOfUser.find(row.userId(), row.id(), batch);
        if (unit.isEmpty()) {
            return;
        }
        Optional<RegistrationStatus> status = LegacyRegistrationStatus.map(row.status());
        if (status.isEmpty()) {
            batch.skipped(row.id(), "unknown registration status '" + row.status() + "'");
            return;
        }
        if (registrations.findByUnit(unit.get()).isPresent()) {
            batch.skipped(row.id(), "the unit already has a registration");
            return;
        }
        UserRow user = batch.snapshot().user(row.userId()).orElseThrow();
        Instant at = user.joined() == null ? batch.run().at() : user.joined();
        var district = units.findById(unit.get()).orElseThrow().districtId();
        RegistrationNumber number = number(user, district, at, row.id(), batch);
        AccountId account = AccountId.of(batch.newId(LegacyTable.USERS, row.userId()).orElseThrow());
        registrations.add(new UnitRegistration(unit.get(), district, account, number, status.get(),
                status.get() == RegistrationStatus.RETURNED ? RETURNED_REASON : null, at, at));
        batch.imported(row.id(), unit.get().value());
    }

    private RegistrationNumber number(UserRow user, org.kalamela.domain.shared.id.DistrictId district, Instant at,
                                      long rowId, ImportBatch batch) {
        try {
            return new RegistrationNumber(user.username().strip());
        } catch (IllegalArgumentException oldFormat) {
            int year = at.atZone(ZoneOffset.UTC).getYear();
            RegistrationNumber number = RegistrationNumber.of(districts.findById(district).orElseThrow().name(),
                    district, year, numbers.next(year));
            batch.note(rowId, "registration number " + number + " given (old username '" + user.username()
                    + "' is kept for signing in)");
            return number;
        }
    }
}
