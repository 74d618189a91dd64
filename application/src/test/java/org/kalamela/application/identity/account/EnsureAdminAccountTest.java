package org.kalamela.application.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.AccountId;

class EnsureAdminAccountTest {

    private final IdentityFixture world = new IdentityFixture();

    @Test
    void createsTheAdminWithAGeneratedPasswordShownOnce() {
        EnsureAdminAccount.Outcome outcome = world.ensureAdminAccount.execute("admin", Optional.empty());

        AccountId id = outcome.created().orElseThrow();
        String password = outcome.generatedPassword().orElseThrow();
        Account admin = world.accounts.findById(id).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.active()).isTrue();
        assertThat(admin.passwordHash()).isEqualTo(world.hasher.hash(password));
        assertThat(world.signIn("admin", password).account().role()).isEqualTo(Role.ADMIN);
        assertThat(world.audit.last("ADMIN_ACCOUNT_CREATED").details()).containsEntry("username", "admin");
    }

    @Test
    void theGeneratedPasswordPassesThePolicyAndIsNeverTheSame() {
        String first = world.ensureAdminAccount.execute("admin", Optional.empty()).generatedPassword().orElseThrow();
        String second = new IdentityFixture().ensureAdminAccount.execute("admin", Optional.empty())
                .generatedPassword().orElseThrow();

        assertThatCode(() -> world.passwordPolicy.check(first, "admin", "password")).doesNotThrowAnyException();
        assertThat(first).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(second);
    }

    @Test
    void createsTheAdminOnlyOnce() {
        world.ensureAdminAccount.execute("admin", Optional.empty());

        EnsureAdminAccount.Outcome again = world.ensureAdminAccount.execute("ADMIN", Optional.of("Another-Secret-8"));

        assertThat(again.created()).isEmpty();
        assertThat(again.generatedPassword()).isEmpty();
        assertThat(world.audit.count("ADMIN_ACCOUNT_CREATED")).isEqualTo(1);
    }

    @Test
    void usesTheConfiguredPasswordAndDoesNotEchoIt() {
        EnsureAdminAccount.Outcome outcome =
                world.ensureAdminAccount.execute("admin", Optional.of("Diocese-Office-26"));

        assertThat(outcome.created()).isPresent();
        assertThat(outcome.generatedPassword()).isEmpty();
        assertThat(world.signIn("admin", "Diocese-Office-26").account().username()).isEqualTo("admin");
    }

    @Test
    void aBlankConfiguredPasswordMeansGenerateOne() {
        EnsureAdminAccount.Outcome outcome = world.ensureAdminAccount.execute("admin", Optional.of("  "));

        assertThat(outcome.generatedPassword()).isPresent();
    }

    @Test
    void refusesAWeakConfiguredPasswordAndCreatesNothing() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> world.ensureAdminAccount.execute("admin", Optional.of("admin123")));

        assertThat(refused.code()).isEqualTo("WEAK_PASSWORD");
        assertThat(refused.errors().get(0).field()).isEqualTo("KALAMELA_ADMIN_PASSWORD");
        assertThat(world.accounts.usernameTaken("admin")).isFalse();
    }
}
