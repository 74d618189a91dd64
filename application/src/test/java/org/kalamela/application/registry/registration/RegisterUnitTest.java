package org.kalamela.application.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.registry.Refusals.assertCode;
import static org.kalamela.application.registry.Refusals.assertInvalid;
import static org.kalamela.application.registry.Refusals.assertRule;

import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.RegistryTestbed;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.InvalidInput;

class RegisterUnitTest {

    private final RegistryTestbed bed = new RegistryTestbed();
    private final District adoor = bed.district("Adoor");
    private final UnitName thomas = bed.unitName(adoor, "St. Thomas");

    private RegisterUnit.Result register(UnitName unit, String phone, String email, String password) {
        return bed.registerUnit.execute(new RegisterUnit.Command(unit.districtId(), unit.id(), phone, email, password));
    }

    @Test
    void creates_the_unit_account_named_by_a_new_registration_number_and_starts_the_registration() {
        RegisterUnit.Result result = register(thomas, "+91 98470 12345", " Thomas.Unit@Example.org ",
                RegistryTestbed.PASSWORD);

        assertThat(result.registrationNumber()).isEqualTo("ADO-2026-0001");
        assertThat(result.status()).isEqualTo(RegistrationStatus.REGISTRATION_STARTED);
        Account account = bed.fakes.accounts.findById(result.accountId()).orElseThrow();
        assertThat(account.username()).isEqualTo("ADO-2026-0001");
        assertThat(account.role()).isEqualTo(Role.UNIT);
        assertThat(account.unitId()).isEqualTo(thomas.id());
        assertThat(account.districtId()).isEqualTo(adoor.id());
        assertThat(account.phone()).isEqualTo("9847012345");
        assertThat(account.email()).isEqualTo("thomas.unit@example.org");
        assertThat(account.passwordHash()).isEqualTo(bed.fakes.hasher.hash(RegistryTestbed.PASSWORD));
        assertThat(account.displayName()).isEqualTo("St. Thomas, Adoor");
        UnitRegistration registration = bed.fakes.registrations.findByUnit(thomas.id()).orElseThrow();
        assertThat(registration.accountId()).isEqualTo(result.accountId());
        assertThat(registration.registeredAt()).isEqualTo(RegistryTestbed.NOW);
        assertThat(bed.fakes.audit.last("UNIT_REGISTERED").actorName()).isEqualTo("ADO-2026-0001");
    }

    @Test
    void numbers_follow_each_other_across_districts_within_a_year() {
        District kottayam = bed.district("Kottayam");
        register(thomas, bed.phone(), "a@example.org", RegistryTestbed.PASSWORD);

        RegisterUnit.Result second = register(bed.unitName(kottayam, "Bethel"), bed.phone(), "b@example.org",
                RegistryTestbed.PASSWORD);

        assertThat(second.registrationNumber()).isEqualTo("KOT-2026-0002");
    }

    @Test
    void a_number_held_by_an_imported_account_is_skipped() {
        bed.fakes.accounts.create(new NewAccount("ADO-2026-0001", null, null, "Old unit", "x", Role.UNIT, adoor.id(),
                bed.unitName(adoor, "Old").id()));

        assertThat(register(thomas, bed.phone(), "a@example.org", RegistryTestbed.PASSWORD).registrationNumber())
                .isEqualTo("ADO-2026-0002");
    }

    @Test
    void a_unit_has_one_account() {
        register(thomas, bed.phone(), "a@example.org", RegistryTestbed.PASSWORD);

        assertRule(() -> register(thomas, bed.phone(), "b@example.org", RegistryTestbed.PASSWORD),
                "UNIT_ALREADY_REGISTERED");
    }

    @Test
    void phones_and_emails_belong_to_one_account() {
        register(thomas, "9847012345", "a@example.org", RegistryTestbed.PASSWORD);
        UnitName bethel = bed.unitName(adoor, "Bethel");

        assertRule(() -> register(bethel, "+919847012345", "b@example.org", RegistryTestbed.PASSWORD), "PHONE_IN_USE");
        assertRule(() -> register(bethel, bed.phone(), "A@EXAMPLE.ORG", RegistryTestbed.PASSWORD), "EMAIL_IN_USE");
        assertThat(bed.fakes.registrations.findByUnit(bethel.id())).isEmpty();
    }

    @Test
    void a_weak_password_is_refused_by_the_identity_policy() {
        assertCode(() -> register(thomas, bed.phone(), "a@example.org", "short"), InvalidInput.class, "WEAK_PASSWORD");
        assertCode(() -> register(thomas, bed.phone(), "a@example.org", "Kalamela2026"), InvalidInput.class,
                "WEAK_PASSWORD");
        assertCode(() -> register(thomas, bed.phone(), "a@example.org", "ado-2026-0003"), InvalidInput.class,
                "WEAK_PASSWORD");
        assertThat(bed.fakes.registrations.findByUnit(thomas.id())).isEmpty();
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        assertInvalid(() -> bed.registerUnit.execute(new RegisterUnit.Command(null, null, "12345", "not-an-email", "")),
                "districtId", "unitId", "password", "phone", "email");
        assertInvalid(() -> register(thomas, null, null, RegistryTestbed.PASSWORD), "phone", "email");
    }

    @Test
    void only_an_active_unit_of_the_chosen_active_district_can_register() {
        District pallom = bed.district("Pallom");
        UnitName closed = bed.unitName(adoor, "Closed");
        bed.fakes.unitNames.update(closed.withActive(false));

        assertInvalid(() -> bed.registerUnit.execute(new RegisterUnit.Command(pallom.id(), thomas.id(), bed.phone(),
                "a@example.org", RegistryTestbed.PASSWORD)), "unitId");
        assertInvalid(() -> register(closed, bed.phone(), "a@example.org", RegistryTestbed.PASSWORD), "unitId");
        bed.fakes.districts.update(adoor.withActive(false));
        assertInvalid(() -> register(thomas, bed.phone(), "a@example.org", RegistryTestbed.PASSWORD), "districtId");
    }
}
