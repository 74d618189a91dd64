package org.kalamela.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.kalamela.domain.shared.error.DomainException;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;

/** Assertions on how a use case refuses: the kind of error, its stable code, the fields it names. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRule(ThrowingCallable call, String code) {
        assertCode(call, RuleViolation.class, code);
    }

    public static void assertNotFound(ThrowingCallable call) {
        assertCode(call, NotFound.class, "NOT_FOUND");
    }

    public static void assertForbidden(ThrowingCallable call) {
        assertCode(call, Forbidden.class, "FORBIDDEN");
    }

    /** Refused as invalid input, naming exactly these fields, in this order. */
    public static void assertInvalid(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
    }

    public static void assertCode(ThrowingCallable call, Class<? extends DomainException> kind, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(kind, e -> assertThat(e.code()).isEqualTo(code));
    }
}
