package org.kalamela.application.migration.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.MemberRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.registry.member.BloodGroup;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * Members of units. The new model needs what festival entries rely on, so a member without a gender of M or F,
 * without a plausible date of birth or without a mobile number of their own is skipped with the reason (the
 * unit adds them again): the phone is unique among members, and a unit has one member of a name and birth date.
 * A blood group that is none of the eight is dropped (noted).
 */
@ApplicationScoped
public class MembersImport implements TableImport<MemberRow> {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final MemberRepository members;

    @Inject
    public MembersImport(MemberRepository members) {
        this.members = members;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.MEMBERS;
    }

    @Override
    public List<MemberRow> items(LegacySnapshot snapshot) {
        return snapshot.members().stream().sorted(Comparator.comparingLong(MemberRow::id)).toList();
    }

    @Override
    public long id(MemberRow item) {
        return item.id();
    }

    @Override
    public void load(MemberRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<UnitId> unit = UnitOfUser.find(row.userId(), row.id(), batch);
        if (unit.isEmpty()) {
            return;
        }
        Optional<Gender> gender = gender(row.gender());
        if (gender.isEmpty()) {
            batch.skipped(row.id(), "unknown gender '" + row.gender() + "'");
            return;
        }
        LocalDate today = batch.run().at().atZone(ZoneOffset.UTC).toLocalDate();
        if (row.dateOfBirth() == null || row.dateOfBirth().isBefore(EARLIEST_BIRTH)
                || row.dateOfBirth().isAfter(today)) {
            batch.skipped(row.id(), "invalid date of birth " + row.dateOfBirth());
            return;
        }
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(row.phone());
        if (phone.isEmpty()) {
            batch.skipped(row.id(), "phone '" + row.phone() + "' is not a mobile number");
            return;
        }
        Optional<Member> samePhone = members.findByPhone(phone.get());
        if (samePhone.isPresent()) {
            batch.skipped(row.id(), "duplicate phone " + phone.get() + " (member " + samePhone.get().id()
                    + " has it)");
            return;
        }
        if (row.name() != null && !row.name().isBlank()
                && members.findByNameAndDateOfBirth(unit.get(), row.name(), row.dateOfBirth()).isPresent()) {
            batch.skipped(row.id(), "the unit already has a member of this name and date of birth");
            return;
        }
        MemberDetails details = new MemberDetails(row.name(), gender.get(), row.dateOfBirth(), phone.get(),
                row.qualification(), bloodGroup(row, batch));
        batch.imported(row.id(), members.add(unit.get(), details).id().value());
    }

    private static Optional<Gender> gender(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "M", "MALE" -> Optional.of(Gender.M);
            case "F", "FEMALE" -> Optional.of(Gender.F);
            default -> Optional.empty();
        };
    }

    private static BloodGroup bloodGroup(MemberRow row, ImportBatch batch) {
        if (row.bloodGroup() == null || row.bloodGroup().isBlank()) {
            return null;
        }
        try {
            return BloodGroup.parse(row.bloodGroup(), "bloodGroup");
        } catch (InvalidInput unknown) {
            batch.note(row.id(), "blood group '" + row.bloodGroup() + "' is none of the eight: dropped");
            return null;
        }
    }
}
