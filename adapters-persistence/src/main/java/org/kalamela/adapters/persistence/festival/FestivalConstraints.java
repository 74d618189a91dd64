package org.kalamela.adapters.persistence.festival;

import static java.util.Map.entry;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.kalamela.adapters.persistence.shared.UniqueConstraints;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * The festival's refusals by the schema (V3), as the rule violations the ports promise. The adapters check
 * first, in the same transaction, so that a refusal leaves the transaction usable; these catch what two
 * concurrent requests can still run into, so the loser gets a 409 with the same code instead of a 500.
 */
public final class FestivalConstraints {

    private static final Map<String, RuleViolation> UNIQUE = Map.ofEntries(
            entry("editions_pkey", new RuleViolation("EDITION_EXISTS", "The edition exists already")),
            entry("festival_events_short_code_uq", new RuleViolation("SHORT_CODE_TAKEN",
                    "The short code is already used by another event of this edition")),
            entry("festival_events_name_uq", new RuleViolation("EVENT_NAME_TAKEN",
                    "The edition already has an event of this name")),
            entry("festival_exclusions_once", new RuleViolation("ALREADY_EXCLUDED",
                    "The member is already excluded from the edition")),
            entry("individual_entries_once", new RuleViolation("ALREADY_ENTERED",
                    "The member is already entered in the event")),
            entry("chest_numbers_pkey", new RuleViolation("CHEST_NUMBER_TAKEN", "The chest number is already given")),
            entry("chest_numbers_one_current_uq", new RuleViolation("MEMBER_ALREADY_NUMBERED",
                    "The member already has a chest number in the edition")),
            entry("teams_number_once", new RuleViolation("TEAM_CODE_TAKEN", "The team code is already given")),
            entry("teams_code_uq", new RuleViolation("TEAM_CODE_TAKEN", "The team code is already given")),
            entry("team_members_once_per_event", new RuleViolation("ALREADY_IN_TEAM",
                    "The member is already in a team of the event")),
            entry("team_members_pkey", new RuleViolation("ALREADY_IN_TEAM", "The member is already in the team")));

    private FestivalConstraints() {
    }

    /** Flushes the pending writes, translating the refusal of a festival unique index. */
    public static void flush(EntityManager em) {
        writing(em::flush);
    }

    /** Runs writes that reach the database at once (native statements, flushes), translating as {@link #flush}. */
    public static void writing(Runnable write) {
        UniqueConstraints.translating(() -> {
            write.run();
            return null;
        }, UNIQUE);
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
