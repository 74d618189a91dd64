package org.kalamela.application.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.application.identity.account.CreateDistrictOfficial.Command;
import org.kalamela.application.identity.account.StaffAccounts.Delivery;
import org.kalamela.application.registry.fakes.InMemoryDistrictRepository;
import org.kalamela.application.registry.fakes.RegistryMemory;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

class CreateDistrictOfficialTest {

    private final IdentityFixture world = new IdentityFixture();
    private final InMemoryDistrictRepository districts = new InMemoryDistrictRepository(new RegistryMemory());
    private final District kottayam = districts.create("Kottayam", new ConferenceLimits(0, 0));
    private final Actor admin = new Actor(AccountId.of(999), "admin", Role.ADMIN, null, null);
    private final CreateDistrictOfficial create = new CreateDistrictOfficial(districts,
            world.districtOfficialAccounts());

    @Test
    void the_email_is_kept_as_unit_registration_keeps_it_trimmed_and_in_lower_case() {
        AccountView official = create.execute(new Command(kottayam.id(), "Mary", null, "  Mary.Official@Example.ORG\t",
                null, Delivery.INVITATION), admin).account();

        assertThat(official.email()).isEqualTo("mary.official@example.org");
        assertThat(world.mailer.last().to()).isEqualTo("mary.official@example.org");
    }

    @Test
    void a_malformed_or_overlong_email_is_a_field_error_before_anything_is_written() {
        for (String email : new String[] {"mary", "mary@example", "mary@@example.org", "ma ry@example.org",
                "m".repeat(250) + "@example.org"}) {
            assertThatThrownBy(() -> new Command(kottayam.id(), "Mary", null, email, null, Delivery.ONE_TIME_PASSWORD))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("email", "must be an email address")));
        }
        assertThat(world.accounts.findActiveOfficial(kottayam.id())).isEmpty();
    }

    @Test
    void the_district_is_required_with_the_other_fields() {
        assertThatThrownBy(() -> new Command(null, " ", null, null, null, Delivery.INVITATION))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("districtId", "displayName", "email"));
    }

    @Test
    void a_district_has_one_active_official() {
        create.execute(new Command(kottayam.id(), "Mary", null, null, null, Delivery.ONE_TIME_PASSWORD), admin);

        assertThatThrownBy(() -> create.execute(new Command(kottayam.id(), "John", null, null, null,
                Delivery.ONE_TIME_PASSWORD), admin)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("DISTRICT_OFFICIAL_EXISTS"));
    }
}
