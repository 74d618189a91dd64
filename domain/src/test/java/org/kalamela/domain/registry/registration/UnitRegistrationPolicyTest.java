package org.kalamela.domain.registry.registration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.domain.shared.value.EmailAddress;
import org.kalamela.domain.shared.value.PhoneNumber;

class UnitRegistrationPolicyTest {

    private static final PhoneNumber PHONE = new PhoneNumber("9876543210");
    private static final EmailAddress EMAIL = new EmailAddress("bethel@example.org");

    @Test
    void a_unit_without_account_registers_with_a_free_phone_and_email() {
        assertThatCode(() -> UnitRegistrationPolicy.checkNew("Bethel", false, PHONE, false, EMAIL, false))
                .doesNotThrowAnyException();
    }

    @Test
    void a_unit_registers_once() {
        assertRefused(() -> UnitRegistrationPolicy.checkNew("Bethel", true, PHONE, false, EMAIL, false),
                "UNIT_ALREADY_REGISTERED", "Bethel already has an account");
    }

    @Test
    void the_phone_is_no_other_accounts() {
        assertRefused(() -> UnitRegistrationPolicy.checkNew("Bethel", false, PHONE, true, EMAIL, false),
                "PHONE_IN_USE", "Another account has the phone number 9876543210");
    }

    @Test
    void the_email_is_no_other_accounts() {
        assertRefused(() -> UnitRegistrationPolicy.checkNew("Bethel", false, PHONE, false, EMAIL, true),
                "EMAIL_IN_USE", "Another account has the email address bethel@example.org");
    }

    @ParameterizedTest(name = "registered {0}, phone taken {1}, email taken {2}: {3}")
    @CsvSource({
            "true, true, true, UNIT_ALREADY_REGISTERED",
            "true, false, true, UNIT_ALREADY_REGISTERED",
            "false, true, true, PHONE_IN_USE"})
    void the_first_refusal_that_applies_is_reported(boolean registered, boolean phoneTaken, boolean emailTaken,
                                                    String code) {
        String message = switch (code) {
            case "UNIT_ALREADY_REGISTERED" -> "Bethel already has an account";
            default -> "Another account has the phone number 9876543210";
        };
        assertRefused(() -> UnitRegistrationPolicy.checkNew("Bethel", registered, PHONE, phoneTaken, EMAIL,
                emailTaken), code, message);
    }
}
