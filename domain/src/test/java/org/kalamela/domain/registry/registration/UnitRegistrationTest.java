package org.kalamela.domain.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

class UnitRegistrationTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private final UnitRegistration started = UnitRegistration.started(UnitId.of(7), DistrictId.of(2),
            AccountId.of(40), new RegistrationNumber("ADO-2026-0001"), T0);

    @Test
    void starts_with_the_account() {
        assertThat(started.status()).isEqualTo(RegistrationStatus.REGISTRATION_STARTED);
        assertThat(started.registeredAt()).isEqualTo(T0);
        assertThat(started.returnReason()).isNull();
    }

    @Test
    void a_returned_registration_keeps_its_reason_until_it_is_submitted_again() {
        Instant t1 = T0.plusSeconds(60);
        Instant t2 = T0.plusSeconds(120);
        UnitRegistration returned = started.submitted(T0).returned("  Treasurer's phone is missing ", t1);
        assertThat(returned.status()).isEqualTo(RegistrationStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Treasurer's phone is missing");
        assertThat(returned.statusChangedAt()).isEqualTo(t1);

        UnitRegistration again = returned.submitted(t2);
        assertThat(again.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(again.returnReason()).isNull();
        assertThat(again.approved(t2).status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(again.approved(t2).registeredAt()).isEqualTo(T0);
    }

    @Test
    void returning_needs_a_reason() {
        UnitRegistration submitted = started.submitted(T0);
        assertThatThrownBy(() -> submitted.returned("  ", T0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> submitted.returned(null, T0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> submitted.returned("x".repeat(UnitRegistration.MAX_REASON_LENGTH + 1), T0))
                .isInstanceOf(InvalidInput.class);
        assertThat(submitted.returned("x".repeat(UnitRegistration.MAX_REASON_LENGTH), T0).status())
                .isEqualTo(RegistrationStatus.RETURNED);
    }

    @Test
    void an_approved_registration_cannot_be_returned() {
        UnitRegistration approved = started.submitted(T0).approved(T0);
        assertThatThrownBy(() -> approved.returned("late change", T0)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("ILLEGAL_REGISTRATION_TRANSITION"));
    }

    @Test
    void only_a_returned_registration_has_a_reason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitRegistration(UnitId.of(7), DistrictId.of(2),
                AccountId.of(40), started.number(), RegistrationStatus.SUBMITTED, "why", T0, T0));
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitRegistration(UnitId.of(7), DistrictId.of(2),
                AccountId.of(40), started.number(), RegistrationStatus.RETURNED, null, T0, T0));
    }
}
