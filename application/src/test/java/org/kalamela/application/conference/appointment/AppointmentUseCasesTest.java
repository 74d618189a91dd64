package org.kalamela.application.conference.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.conference.ConferenceTestbed;
import org.kalamela.application.conference.conference.CreateConference;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.application.identity.account.StaffAccounts.Delivery;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

class AppointmentUseCasesTest {

    private final ConferenceTestbed bed = new ConferenceTestbed();
    private ConferenceId conference;
    private DistrictId adoor;
    private UnitId bethel;

    @BeforeEach
    void given() {
        conference = ConferenceId.of(bed.createConference.execute(new CreateConference.Command("Youth Conference",
                null, null, null), bed.admin).id());
        adoor = bed.district("Adoor", 2, 25);
        bethel = bed.unit(adoor, "Bethel");
    }

    private Appointment appoint(MemberId member, Delivery delivery, String email) {
        return bed.appoint.execute(new AppointConferenceOfficial.Command(conference, member, FoodPreference.VEG, false,
                delivery, email, null), bed.admin);
    }

    private Account existingOfficial() {
        return bed.identity.account(new NewAccount("official-adoor", "adoor@example.org", null, "Adoor official",
                bed.identity.hasher.hash(IdentityFixture.PASSWORD), Role.DISTRICT_OFFICIAL, adoor, null));
    }

    @Test
    void the_appointment_links_the_districts_existing_account_and_makes_none() {
        Account account = existingOfficial();
        MemberId mary = bed.member(bethel, "Mary", Gender.F);

        Appointment appointment = appoint(mary, null, null);

        assertThat(appointment.accountCreated()).isFalse();
        assertThat(appointment.oneTimePassword()).isEmpty();
        assertThat(appointment.account().id()).isEqualTo(account.id().value());
        assertThat(appointment.official().kind()).isEqualTo(DelegateKind.OFFICIAL);
        assertThat(bed.fakes.delegates.findById(DelegateId.of(appointment.official().id())).orElseThrow()
                .officialAccount()).isEqualTo(account.id());
        assertThat(bed.identity.accounts.findActiveOfficial(adoor)).contains(account);
        assertThat(bed.identity.audit.last("CONFERENCE_OFFICIAL_APPOINTED").details())
                .containsEntry("accountCreated", "false");
    }

    @Test
    void where_an_account_exists_a_delivery_is_refused_rather_than_ignored() {
        existingOfficial();

        assertThatThrownBy(() -> appoint(bed.member(bethel, "Mary", Gender.F), Delivery.ONE_TIME_PASSWORD, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("delivery"));
    }

    @Test
    void a_district_without_an_account_gets_one_with_a_random_one_time_password_never_a_derived_one() {
        MemberId mary = bed.member(bethel, "Mary Thomas", Gender.F);

        Appointment appointment = appoint(mary, Delivery.ONE_TIME_PASSWORD, null);

        assertThat(appointment.accountCreated()).isTrue();
        String password = appointment.oneTimePassword().orElseThrow();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20)
                .doesNotContainIgnoringCase("mary").doesNotContainIgnoringCase("thomas");
        Account account = bed.identity.accounts.findActiveOfficial(adoor).orElseThrow();
        assertThat(account.passwordChangeRequired()).isTrue();
        assertThat(bed.identity.hasher.verify(password, account.passwordHash())).isTrue();
        assertThat(bed.identity.hasher.verify("marythomas98", account.passwordHash())).isFalse();
        assertThat(account.displayName()).isEqualTo("Mary Thomas");
        assertThat(appointment.account().username()).isEqualTo("official-" + "adoor".toLowerCase(Locale.ROOT));
    }

    @Test
    void two_districts_appointed_by_one_time_password_get_different_passwords() {
        DistrictId kollam = bed.district("Kollam", 2, 25);
        String first = appoint(bed.member(bethel, "Mary", Gender.F), Delivery.ONE_TIME_PASSWORD, null)
                .oneTimePassword().orElseThrow();
        String second = appoint(bed.member(bed.unit(kollam, "Ascension"), "Mary", Gender.F),
                Delivery.ONE_TIME_PASSWORD, null).oneTimePassword().orElseThrow();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void an_invitation_mails_a_set_password_link_and_shows_no_password() {
        Appointment appointment = appoint(bed.member(bethel, "Mary", Gender.F), Delivery.INVITATION,
                "Mary@Example.org");

        assertThat(appointment.oneTimePassword()).isEmpty();
        assertThat(bed.identity.mailer.last().to()).isEqualTo("mary@example.org");
        assertThat(bed.identity.mailer.lastLinkToken(IdentityFixture.LINK_BASE)).isNotBlank();
    }

    @Test
    void without_an_account_the_delivery_is_required_and_nothing_is_written() {
        assertThatThrownBy(() -> appoint(bed.member(bethel, "Mary", Gender.F), null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("delivery"));
        assertThatThrownBy(() -> appoint(bed.member(bethel, "Anna", Gender.F), Delivery.INVITATION, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("email"));
    }

    @Test
    void officials_count_against_the_official_limit_and_once_per_conference() {
        existingOfficial();
        MemberId mary = bed.member(bethel, "Mary", Gender.F);
        appoint(mary, null, null);
        appoint(bed.member(bethel, "Anna", Gender.F), null, null);

        assertThatThrownBy(() -> appoint(bed.member(bethel, "Susan", Gender.F), null, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code())
                        .isEqualTo("CONFERENCE_OFFICIAL_LIMIT"));
        assertThatThrownBy(() -> appoint(mary, null, null)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("ALREADY_DELEGATE"));
        assertThat(bed.showDistrictSummary.execute(conference, null, bed.officialOf(adoor)).delegates()).isEqualTo(2);
    }

    @Test
    void the_admin_removes_an_official_and_an_official_cannot() {
        existingOfficial();
        DelegateId official = DelegateId.of(appoint(bed.member(bethel, "Mary", Gender.F), null, null).official().id());

        assertThatThrownBy(() -> bed.removeMemberDelegate.execute(conference, official, bed.officialOf(adoor)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code())
                        .isEqualTo("DELEGATE_IS_OFFICIAL"));
        assertThatThrownBy(() -> bed.removeOfficial.execute(conference, official, bed.officialOf(adoor)))
                .isInstanceOf(Forbidden.class);
        bed.removeOfficial.execute(conference, official, bed.admin);
        assertThat(bed.fakes.delegates.findById(official)).isEmpty();
        assertThat(bed.identity.accounts.findActiveOfficial(adoor)).isPresent();
        assertThatThrownBy(() -> bed.removeOfficial.execute(conference, official, bed.admin))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void an_unknown_member_is_not_found_and_only_the_admin_appoints() {
        existingOfficial();
        assertThatThrownBy(() -> appoint(MemberId.of(424242), null, null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> bed.appoint.execute(new AppointConferenceOfficial.Command(conference,
                bed.member(bethel, "Mary", Gender.F), FoodPreference.VEG, false, null, null, null),
                bed.officialOf(adoor))).isInstanceOf(Forbidden.class);
    }
}
