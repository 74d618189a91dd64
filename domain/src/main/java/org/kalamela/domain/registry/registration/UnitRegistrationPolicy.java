package org.kalamela.domain.registry.registration;

import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.value.EmailAddress;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * A unit registers once, with a contact phone and email no other account has: a second account per unit
 * would split its members, and a shared phone or email would let one person sign in as another unit.
 * The checks run in that order, so a unit that registered already hears that first.
 */
public final class UnitRegistrationPolicy {

    private UnitRegistrationPolicy() {
    }

    /**
     * Throws {@code UNIT_ALREADY_REGISTERED}, {@code PHONE_IN_USE} or {@code EMAIL_IN_USE}, the first that
     * applies, given what the registration found in the accounts.
     */
    public static void checkNew(String unitName, boolean unitHasAccount, PhoneNumber phone, boolean phoneTaken,
                                EmailAddress email, boolean emailTaken) {
        if (unitHasAccount) {
            throw new RuleViolation(ErrorCode.UNIT_ALREADY_REGISTERED, unitName + " already has an account");
        }
        if (phoneTaken) {
            throw new RuleViolation(ErrorCode.PHONE_IN_USE, "Another account has the phone number " + phone);
        }
        if (emailTaken) {
            throw new RuleViolation(ErrorCode.EMAIL_IN_USE, "Another account has the email address " + email);
        }
    }
}
