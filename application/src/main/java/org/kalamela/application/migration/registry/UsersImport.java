package org.kalamela.application.migration.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.UserRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.EmailAddress;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * Accounts ({@code auth_app_customuser}): user type 1 an admin, 2 a unit's account, 3 a district official. The
 * username and the password hash are kept as they are, so people sign in as before: Django's
 * {@code pbkdf2_sha256} hashes verify and are replaced by Argon2id at the first sign-in (ADR-4). An email or
 * phone that is malformed or already another account's is dropped (noted), not the account; a second unit
 * account of a unit, a second active official of a district and a username in use are skipped.
 */
@ApplicationScoped
public class UsersImport implements TableImport<UserRow> {

    private static final String DJANGO_PBKDF2 = "pbkdf2_sha256$";

    private final AccountRepository accounts;
    private final UnitNameRepository units;

    @Inject
    public UsersImport(AccountRepository accounts, UnitNameRepository units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.USERS;
    }

    @Override
    public List<UserRow> items(LegacySnapshot snapshot) {
        return snapshot.users().stream().sorted(Comparator.comparingLong(UserRow::id)).toList();
    }

    @Override
    public long id(UserRow item) {
        return item.id();
    }

    @Override
    public void load(UserRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<Role> role = role(row.userType());
        if (role.isEmpty()) {
            batch.skipped(row.id(), "unknown user_type " + row.userType());
            return;
        }
        String username = row.username() == null ? "" : row.username().strip();
        if (username.isEmpty()) {
            batch.skipped(row.id(), "no username");
            return;
        }
        if (accounts.usernameTaken(username)) {
            batch.skipped(row.id(), "username '" + username + "' is already an account's");
            return;
        }
        UnitId unit = null;
        DistrictId district = null;
        if (role.get() == Role.UNIT) {
            Optional<Long> unitId = batch.newId(LegacyTable.UNITS, row.unitId());
            if (unitId.isEmpty()) {
                batch.skipped(row.id(), "orphan: unit " + row.unitId() + " was not imported");
                return;
            }
            unit = UnitId.of(unitId.get());
            district = units.findById(unit).orElseThrow().districtId();
            if (unitHasAccount(unit, batch)) {
                batch.skipped(row.id(), "unit " + row.unitId() + " already has a unit account");
                return;
            }
        } else if (role.get() == Role.DISTRICT_OFFICIAL) {
            Optional<Long> districtId = batch.newId(LegacyTable.DISTRICTS, row.districtId());
            if (districtId.isEmpty()) {
                batch.skipped(row.id(), "orphan: district " + row.districtId() + " was not imported");
                return;
            }
            district = DistrictId.of(districtId.get());
            if (row.active() && accounts.findActiveOfficial(district).isPresent()) {
                batch.skipped(row.id(), "district " + row.districtId() + " already has an active official");
                return;
            }
        }
        String email = email(row, batch);
        String phone = phone(row, batch);
        String hash = passwordHash(row, batch);
        AccountId id = accounts.create(new NewAccount(username, email, phone, displayName(row, username), hash,
                role.get(), district, unit));
        if (!row.active()) {
            accounts.setActive(id, false);
        }
        batch.imported(row.id(), id.value());
    }

    private static Optional<Role> role(Integer userType) {
        if (userType == null) {
            return Optional.empty();
        }
        return switch (userType) {
            case 1 -> Optional.of(Role.ADMIN);
            case 2 -> Optional.of(Role.UNIT);
            case 3 -> Optional.of(Role.DISTRICT_OFFICIAL);
            default -> Optional.empty();
        };
    }

    /** One unit account per unit: among the accounts imported in this run and earlier ones. */
    private boolean unitHasAccount(UnitId unit, ImportBatch batch) {
        Set<Long> units = new HashSet<>();
        batch.snapshot().users().stream().filter(u -> Integer.valueOf(2).equals(u.userType()))
                .filter(u -> batch.newId(LegacyTable.USERS, u.id()).isPresent())
                .flatMap(u -> batch.newId(LegacyTable.UNITS, u.unitId()).stream()).forEach(units::add);
        return units.contains(unit.value());
    }

    private String email(UserRow row, ImportBatch batch) {
        if (row.email() == null || row.email().isBlank()) {
            return null;
        }
        Optional<EmailAddress> email = EmailAddress.tryParse(row.email());
        if (email.isEmpty()) {
            batch.note(row.id(), "email '" + row.email() + "' is malformed: dropped");
            return null;
        }
        if (accounts.emailTaken(email.get().value())) {
            batch.note(row.id(), "email " + email.get() + " is already another account's: dropped");
            return null;
        }
        return email.get().value();
    }

    private String phone(UserRow row, ImportBatch batch) {
        if (row.phone() == null || row.phone().isBlank()) {
            return null;
        }
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(row.phone());
        if (phone.isEmpty()) {
            batch.note(row.id(), "phone '" + row.phone() + "' is not a mobile number: dropped");
            return null;
        }
        if (accounts.phoneTaken(phone.get().digits())) {
            batch.note(row.id(), "phone " + phone.get() + " is already another account's: dropped");
            return null;
        }
        return phone.get().digits();
    }

    /**
     * The Django hash as it is. A hash of another Django hasher, or an unusable one ({@code !…}), cannot be
     * verified here: it is kept (it matches no password) and the account needs a set-password link.
     */
    private static String passwordHash(UserRow row, ImportBatch batch) {
        String hash = row.password() == null ? "" : row.password().strip();
        if (!hash.startsWith(DJANGO_PBKDF2)) {
            batch.note(row.id(), "password hash is not pbkdf2_sha256: the account cannot sign in until the admin"
                    + " sends a set-password link");
            return hash.isEmpty() ? "!" : hash;
        }
        return hash;
    }

    private static String displayName(UserRow row, String username) {
        String name = ((row.firstName() == null ? "" : row.firstName().strip()) + " "
                + (row.lastName() == null ? "" : row.lastName().strip())).strip();
        return name.isEmpty() ? username : name;
    }
}
