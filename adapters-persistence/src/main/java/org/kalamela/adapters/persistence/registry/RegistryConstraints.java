package org.kalamela.adapters.persistence.registry;

import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.kalamela.adapters.persistence.shared.UniqueConstraints;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * The registry's refusals by the schema, as the rule violations the use cases would have raised. The use
 * cases check first; these catch what two concurrent requests can still run into, and what other contexts
 * add later (a festival record that refers to a member), so the caller gets a 409 instead of a 500.
 */
public final class RegistryConstraints {

    private static final Map<String, RuleViolation> UNIQUE = Map.of(
            "districts_name_uq", new RuleViolation("DISTRICT_NAME_TAKEN", "A district of this name exists"),
            "units_district_name_uq", new RuleViolation("UNIT_NAME_TAKEN",
                    "The district already has a unit of this name"),
            "members_phone_uq", new RuleViolation("PHONE_IN_USE", "Another member has this phone number"),
            "members_unit_name_dob_uq", new RuleViolation("DUPLICATE_MEMBER",
                    "The unit already has a member of this name and date of birth"),
            "unit_registrations_pkey", new RuleViolation("UNIT_ALREADY_REGISTERED", "This unit already has an account"),
            "unit_registrations_account_uq", new RuleViolation("UNIT_ALREADY_REGISTERED",
                    "This account already belongs to a unit"));

    private RegistryConstraints() {
    }

    /** Runs a write that flushes, translating the refusal of a registry unique index. */
    public static <T> T unique(Supplier<T> write) {
        return UniqueConstraints.translating(write, UNIQUE);
    }

    /** Runs a delete that flushes; a row that something still refers to gives {@code whenReferenced}. */
    public static void deleting(Runnable delete, Supplier<RuleViolation> whenReferenced) {
        try {
            delete.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException cve && cve.getKind() == ConstraintKind.FOREIGN_KEY) {
                    throw whenReferenced.get();
                }
            }
            throw e;
        }
    }
}
