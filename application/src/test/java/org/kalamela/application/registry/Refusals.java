package org.kalamela.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.kalamela.domain.shared.DomainException;
import org.kalamela.domain.shared.FieldError;
import org.kalamela.domain.shared.Forbidden;
import org.kalamela.domain.shared.InvalidInput;
import org.kalamela.domain.shared.NotFound;
import org.kalamela.domain.shared.RuleViolation;

/** Assertions on how a use case refuses: the kind of error, its stable code, the fields it names. */
final class Refusals {

    private Refusals() {
    }

    static void assertRule(ThrowingCallable call, String code) {
        assertCode(call, RuleViolation.class, code);
    }

    static void assertNotFound(ThrowingCallable call) {
        assertCode(call, NotFound.class, "NOT_FOUND");
    }

    static void assertForbidden(ThrowingCallable call) {
        assertCode(call, Forbidden.class, "FORBIDDEN");
    }

    /** Refused as invalid input, naming exactly these fields, in this order. */
    static void assertInvalid(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
    }

    static void assertCode(ThrowingCallable call, Class<? extends DomainException> kind, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(kind, e -> assertThat(e.code()).isEqualTo(code));
    }
}
