package org.kalamela.application.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.identity.IdentityFixture.LINK_BASE;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;

import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.application.identity.account.CreateJudge.Command;
import org.kalamela.application.identity.account.StaffAccounts.Delivery;
import org.kalamela.application.identity.password.ConfirmPasswordReset;
import org.kalamela.application.identity.session.SessionTokens;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.paging.PageRequest;

class JudgeAccountsTest {

    private final IdentityFixture world = new IdentityFixture();
    private final Actor admin = new Actor(AccountId.of(999), "admin", Role.ADMIN, null, null);
    private final CreateJudge create = new CreateJudge(world.staffAccounts());
    private final ListJudges list = new ListJudges(world.accounts);
    private final ShowJudge show = new ShowJudge(world.accounts);
    private final DeactivateJudge deactivate =
            new DeactivateJudge(world.accounts, world.sessionStore, world.audit, world.clock);
    private final ReactivateJudge reactivate =
            new ReactivateJudge(world.accounts, world.sessionStore, world.audit, world.clock);

    @Test
    void an_invited_judge_sets_their_own_password_through_the_mailed_link_and_signs_in() {
        CreateJudge.Created created = create.execute(new Command("Dr. Lakshmi Nair", null, "Lakshmi@Example.org",
                null, Delivery.INVITATION), admin);

        assertThat(created.oneTimePassword()).isEmpty();
        assertThat(created.account().role()).isEqualTo(Role.JUDGE);
        assertThat(created.account().username()).isEqualTo("judge-dr-lakshmi-nair");
        assertThat(created.account().districtId()).isNull();
        assertThat(created.account().passwordChangeRequired()).isFalse();
        assertThat(world.mailer.last().to()).isEqualTo("lakshmi@example.org");
        world.confirmPasswordReset.execute(new ConfirmPasswordReset.Command(
                world.mailer.lastLinkToken(LINK_BASE), PASSWORD));
        assertThat(world.signIn("judge-dr-lakshmi-nair", PASSWORD).accessToken()).isNotBlank();
        assertThat(world.audit.last("JUDGE_CREATED").details())
                .containsEntry("username", "judge-dr-lakshmi-nair").containsEntry("delivery", "INVITATION");
    }

    @Test
    void a_one_time_password_is_returned_once_must_be_replaced_and_names_are_made_unique() {
        CreateJudge.Created first = create.execute(new Command("Ravi", null, null, null, Delivery.ONE_TIME_PASSWORD),
                admin);
        CreateJudge.Created second = create.execute(new Command("Ravi", null, null, null, Delivery.ONE_TIME_PASSWORD),
                admin);

        assertThat(first.oneTimePassword()).hasValueSatisfying(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(20));
        assertThat(first.account().passwordChangeRequired()).isTrue();
        assertThat(second.account().username()).isEqualTo("judge-ravi-2");
        assertThat(world.mailer.sent()).isEmpty();
    }

    @Test
    void the_fields_are_checked_before_anything_is_written_and_a_taken_username_is_refused() {
        assertThatThrownBy(() -> new Command(" ", "x", "no-mail", "123", Delivery.INVITATION))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("displayName", "email", "phone", "username"));
        create.execute(new Command("Ravi", "ravi", null, null, Delivery.ONE_TIME_PASSWORD), admin);

        assertThatThrownBy(() -> create.execute(new Command("Ravi K", "ravi", null, null, Delivery.ONE_TIME_PASSWORD),
                admin)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("USERNAME_IN_USE"));
        assertThat(world.audit.count("JUDGE_CREATED")).isEqualTo(1);
    }

    @Test
    void only_the_admin_manages_judges() {
        Account official = world.official("mary");
        for (Actor other : new Actor[] {official.asActor(),
                new Actor(AccountId.of(5), "judge", Role.JUDGE, null, null)}) {
            assertThatThrownBy(() -> create.execute(new Command("Ravi", null, null, null,
                    Delivery.ONE_TIME_PASSWORD), other)).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> list.execute(PageRequest.of(0, 50), other)).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> deactivate.execute(official.id(), other)).isInstanceOf(Forbidden.class);
        }
    }

    @Test
    void the_list_shows_judges_only_and_an_officials_id_is_no_judge() {
        Account official = world.official("mary");
        AccountView ravi = create.execute(new Command("Ravi", null, null, null, Delivery.ONE_TIME_PASSWORD), admin)
                .account();

        assertThat(list.execute(PageRequest.of(0, 50), admin).items()).extracting(AccountView::id)
                .containsExactly(ravi.id());
        assertThat(show.execute(AccountId.of(ravi.id()), admin)).isEqualTo(ravi);
        assertThatThrownBy(() -> show.execute(official.id(), admin)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> deactivate.execute(official.id(), admin)).isInstanceOf(NotFound.class);
        assertThat(world.reload(official).active()).isTrue();
    }

    @Test
    void deactivation_ends_the_judges_sessions_and_reactivation_lets_them_sign_in_again() {
        AccountView judge = create.execute(new Command("Ravi", "ravi", "ravi@example.org", null,
                Delivery.INVITATION), admin).account();
        world.confirmPasswordReset.execute(new ConfirmPasswordReset.Command(
                world.mailer.lastLinkToken(LINK_BASE), PASSWORD));
        SessionTokens session = world.signIn("ravi", PASSWORD);
        Account account = world.accounts.findById(AccountId.of(judge.id())).orElseThrow();

        assertThat(deactivate.execute(account.id(), admin).active()).isFalse();
        assertThat(deactivate.execute(account.id(), admin).active()).isFalse();

        assertThat(world.admitted(session, account)).isFalse();
        assertThat(world.sessionStore.find(world.sessionOf(session)).orElseThrow().endReason())
                .isEqualTo(SessionEnd.DEACTIVATED);
        assertThat(reactivate.execute(account.id(), admin).active()).isTrue();
        assertThat(world.signIn("ravi", PASSWORD).accessToken()).isNotBlank();
        assertThat(world.audit.actions()).containsSubsequence("JUDGE_CREATED", "JUDGE_DEACTIVATED",
                "JUDGE_REACTIVATED");
        assertThat(world.audit.count("JUDGE_DEACTIVATED")).isEqualTo(1);
    }
}
