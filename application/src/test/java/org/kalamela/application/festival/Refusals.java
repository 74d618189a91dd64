package org.kalamela.application.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;

/** Assertions on how a use case refuses: the kind of error and its stable code or fields. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    public static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFound.class);
    }

    public static void assertNotFound(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    public static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(Forbidden.class);
    }

    public static void assertInvalidFields(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains(fields));
    }
}
