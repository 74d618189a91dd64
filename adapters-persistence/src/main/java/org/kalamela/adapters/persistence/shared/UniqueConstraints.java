package org.kalamela.adapters.persistence.shared;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Translates a refusal by a unique index of the schema into the domain's rule violation. The use cases
 * check first and give the friendlier answer; this catches the race two concurrent requests can still run
 * into, so the loser gets a 409 with the same code instead of a 500.
 */
public final class UniqueConstraints {

    private static final Map<String, RuleViolation> BY_INDEX = Map.of(
            "accounts_username_uq", new RuleViolation("USERNAME_IN_USE", "This username is already in use"),
            "accounts_email_uq", new RuleViolation("EMAIL_IN_USE", "This email address is already in use"),
            "accounts_phone_uq", new RuleViolation("PHONE_IN_USE", "This phone number is already in use"),
            "accounts_one_per_unit_uq", new RuleViolation("UNIT_ALREADY_REGISTERED",
                    "This unit already has an account"),
            "accounts_one_active_official_uq", new RuleViolation("DISTRICT_OFFICIAL_EXISTS",
                    "This district already has an active district official"));

    private UniqueConstraints() {
    }

    /** Runs the write (which must flush) and translates a known unique-index refusal. */
    public static <T> T translating(Supplier<T> write, Map<String, RuleViolation> more) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            Optional<RuleViolation> known = violated(e).map(name -> more.getOrDefault(name, BY_INDEX.get(name)));
            if (known.isPresent() && known.get() != null) {
                throw new RuleViolation(known.get().code(), known.get().getMessage());
            }
            throw e;
        }
    }

    public static <T> T translating(Supplier<T> write) {
        return translating(write, Map.of());
    }

    private static Optional<String> violated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null) {
                return Optional.of(cve.getConstraintName());
            }
        }
        return Optional.empty();
    }
}
