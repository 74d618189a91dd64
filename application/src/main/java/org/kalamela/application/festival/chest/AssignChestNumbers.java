package org.kalamela.application.festival.chest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The job that gives a chest number to every member with individual entries but none (entries imported
 * from the old app), in a stable order: district, unit, member name. Idempotent: a second run finds nobody
 * to number. One transaction: if a series runs out, nothing is numbered and the admin widens the series
 * and runs it again. Started by the admin over HTTP.
 *
 * <p>It takes no member locks (it may number thousands of members in one transaction, more than a lock
 * table should hold); should an official enter one of these members for the first time while it runs, the
 * registry's unique key refuses the second number and one of the two transactions fails without harm, to
 * be retried.
 *
 * <p>{@link AssignChestNumbersFromCommandLine} runs the same job for an operator.
 */
@UseCase
public class AssignChestNumbers {

    private final ChestNumberAssignment assignment;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AssignChestNumbers(ChestNumberRegistry registry, ChestNumberAllocation allocation,
                              CurrentEdition editions, AuditLog audit, Clock clock) {
        this.assignment = new ChestNumberAssignment(registry, allocation);
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code edition} null is the current edition. */
    @Transactional
    public List<AssignedChestNumber> execute(EditionYear edition, Actor actor) {
        actor.require(Role.ADMIN);
        Edition target = editions.orCurrent(edition);
        List<AssignedChestNumber> assigned = assignment.assign(target);
        audit.record(AuditEntry.by(actor, "CHEST_NUMBERS_ASSIGNED", "edition", target.year(), clock.instant(),
                ChestNumberAssignment.details(assigned)));
        return assigned;
    }
}
