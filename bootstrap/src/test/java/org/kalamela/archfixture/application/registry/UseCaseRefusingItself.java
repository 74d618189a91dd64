package org.kalamela.archfixture.application.registry;

import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/** Fixture: a use case that checks a rule itself instead of asking a domain policy. */
public class UseCaseRefusingItself {

    void register(boolean phoneTaken) {
        if (phoneTaken) {
            throw new RuleViolation(ErrorCode.PHONE_IN_USE, "Another account has the phone number");
        }
    }
}
