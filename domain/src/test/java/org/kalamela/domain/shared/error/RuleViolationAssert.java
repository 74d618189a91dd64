package org.kalamela.domain.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The policies' refusals are part of the API: their codes and messages are asserted whole. */
public final class RuleViolationAssert {

    private RuleViolationAssert() {
    }

    public static void assertRefused(ThrowingCallable call, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.getMessage()).isEqualTo(message);
        });
    }
}
