package org.kalamela.adapters.persistence.shared;

import static java.util.Map.entry;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.ConstraintViolationException;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * The one translation of the schema's refusals into the rule violations the ports promise. The use cases
 * and adapters check first, in the same transaction, so that a refusal leaves the transaction usable; these
 * catch what two concurrent requests can still run into, so the loser gets a 409 with the same code instead
 * of a 500. Constraint names are unique in the schema, so one table serves every context; a context adds
 * its constraints as one more table below.
 */
public final class SchemaConstraints {

    private static final Map<String, Supplier<RuleViolation>> IDENTITY = Map.ofEntries(
            entry("accounts_username_uq", () -> new RuleViolation(ErrorCode.USERNAME_IN_USE,
                    "This username is already in use")),
            entry("accounts_email_uq", () -> new RuleViolation(ErrorCode.EMAIL_IN_USE,
                    "This email address is already in use")),
            entry("accounts_phone_uq", () -> new RuleViolation(ErrorCode.PHONE_IN_USE, "This phone number is already in use")),
            entry("accounts_one_per_unit_uq", () -> new RuleViolation(ErrorCode.UNIT_ALREADY_REGISTERED,
                    "This unit already has an account")),
            entry("accounts_one_active_official_uq", () -> new RuleViolation(ErrorCode.DISTRICT_OFFICIAL_EXISTS,
                    "This district already has an active district official")));

    private static final Map<String, Supplier<RuleViolation>> REGISTRY = Map.ofEntries(
            entry("districts_name_uq", () -> new RuleViolation(ErrorCode.DISTRICT_NAME_TAKEN,
                    "A district of this name exists")),
            entry("units_district_name_uq", () -> new RuleViolation(ErrorCode.UNIT_NAME_TAKEN,
                    "The district already has a unit of this name")),
            entry("members_phone_uq", () -> new RuleViolation(ErrorCode.PHONE_IN_USE,
                    "Another member has this phone number")),
            entry("members_unit_name_dob_uq", () -> new RuleViolation(ErrorCode.DUPLICATE_MEMBER,
                    "The unit already has a member of this name and date of birth")),
            entry("unit_registrations_pkey", () -> new RuleViolation(ErrorCode.UNIT_ALREADY_REGISTERED,
                    "This unit already has an account")),
            entry("unit_registrations_account_uq", () -> new RuleViolation(ErrorCode.UNIT_ALREADY_REGISTERED,
                    "This account already belongs to a unit")));

    private static final Map<String, Supplier<RuleViolation>> FESTIVAL = Map.ofEntries(
            entry("editions_pkey", () -> new RuleViolation(ErrorCode.EDITION_EXISTS, "The edition exists already")),
            entry("festival_events_short_code_uq", () -> new RuleViolation(ErrorCode.SHORT_CODE_TAKEN,
                    "The short code is already used by another event of this edition")),
            entry("festival_events_name_uq", () -> new RuleViolation(ErrorCode.EVENT_NAME_TAKEN,
                    "The edition already has an event of this name")),
            entry("festival_exclusions_once", () -> new RuleViolation(ErrorCode.ALREADY_EXCLUDED,
                    "The member is already excluded from the edition")),
            entry("individual_entries_once", () -> new RuleViolation(ErrorCode.ALREADY_ENTERED,
                    "The member is already entered in the event")),
            entry("chest_numbers_pkey", () -> new RuleViolation(ErrorCode.CHEST_NUMBER_TAKEN,
                    "The chest number is already given")),
            entry("chest_numbers_one_current_uq", () -> new RuleViolation(ErrorCode.MEMBER_ALREADY_NUMBERED,
                    "The member already has a chest number in the edition")),
            entry("teams_number_once", () -> new RuleViolation(ErrorCode.TEAM_CODE_TAKEN, "The team code is already given")),
            entry("teams_code_uq", () -> new RuleViolation(ErrorCode.TEAM_CODE_TAKEN, "The team code is already given")),
            entry("team_members_once_per_event", () -> new RuleViolation(ErrorCode.ALREADY_IN_TEAM,
                    "The member is already in a team of the event")),
            entry("team_members_pkey", () -> new RuleViolation(ErrorCode.ALREADY_IN_TEAM,
                    "The member is already in the team")),
            entry("stages_name_uq", () -> new RuleViolation(ErrorCode.STAGE_NAME_TAKEN,
                    "The edition already has a stage of this name")),
            entry("appeals_entry_uq", () -> new RuleViolation(ErrorCode.APPEAL_ALREADY_FILED,
                    "This entry already has an appeal: one per entry")),
            entry("appeals_team_uq", () -> new RuleViolation(ErrorCode.APPEAL_ALREADY_FILED,
                    "This team already has an appeal: one per team")));

    private static final Map<String, Supplier<RuleViolation>> PAYMENT = Map.ofEntries(
            entry("payments_one_open_uq", () -> new RuleViolation(ErrorCode.PAYMENT_ALREADY_OPEN,
                    "The district already has a payment awaiting proof or review")));

    private static final Map<String, Supplier<RuleViolation>> CONFERENCE = Map.ofEntries(
            entry("conferences_one_active_uq", () -> new RuleViolation(ErrorCode.CONFERENCE_ALREADY_ACTIVE,
                    "Another conference is active")),
            entry("conference_delegates_once", () -> new RuleViolation(ErrorCode.ALREADY_DELEGATE,
                    "The member is already a delegate of the conference")));

    private static final Map<String, Supplier<RuleViolation>> BY_NAME = merged(IDENTITY, REGISTRY, FESTIVAL, PAYMENT,
            CONFERENCE);

    private SchemaConstraints() {
    }

    /** Runs a write that reaches the database (it flushes), translating a known constraint's refusal. */
    public static <T> T translating(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            Optional<Supplier<RuleViolation>> known = violated(e).map(BY_NAME::get);
            if (known.isPresent()) {
                throw known.get().get();
            }
            throw e;
        }
    }

    /** As {@link #translating(Supplier)}, for writes that return nothing (native statements, flushes). */
    public static void writing(Runnable write) {
        translating(() -> {
            write.run();
            return null;
        });
    }

    /** Flushes the pending writes, translating as {@link #translating(Supplier)}. */
    public static void flush(EntityManager em) {
        writing(em::flush);
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

    private static Optional<String> violated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null) {
                return Optional.of(cve.getConstraintName());
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Map<String, Supplier<RuleViolation>> merged(Map<String, Supplier<RuleViolation>>... tables) {
        Map<String, Supplier<RuleViolation>> all = new HashMap<>();
        for (Map<String, Supplier<RuleViolation>> table : tables) {
            table.forEach((name, violation) -> {
                if (all.putIfAbsent(name, violation) != null) {
                    throw new IllegalStateException("constraint " + name + " is translated twice");
                }
            });
        }
        return Map.copyOf(all);
    }
}
