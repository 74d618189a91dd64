package org.kalamela.application.festival.chest;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.actor.Role;

/**
 * The job that gives a chest number to every member with individual entries but none (entries imported
 * from the old app), in a stable order: district, unit, member name. Idempotent: a second run finds nobody
 * to number. One transaction: if a series runs out, nothing is numbered and the admin widens the series
 * and runs it again. Started by the admin over HTTP or by an operator from the command line.
 *
 * <p>It takes no member locks (it may number thousands of members in one transaction, more than a lock
 * table should hold); should an official enter one of these members for the first time while it runs, the
 * registry's unique key refuses the second number and one of the two transactions fails without harm, to
 * be retried.
 */
@UseCase
public class AssignChestNumbers {

    private final ChestNumberRegistry registry;
    private final ChestNumberAllocation allocation;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AssignChestNumbers(ChestNumberRegistry registry, ChestNumberAllocation allocation,
                              CurrentEdition editions, AuditLog audit, Clock clock) {
        this.registry = registry;
        this.allocation = allocation;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The admin runs the job; {@code edition} null is the current edition. */
    @Transactional
    public List<AssignedChestNumber> execute(EditionYear edition, Actor actor) {
        actor.require(Role.ADMIN);
        Edition target = editions.orCurrent(edition);
        List<AssignedChestNumber> assigned = assign(target);
        audit.record(AuditEntry.by(actor, "CHEST_NUMBERS_ASSIGNED", "edition", target.year(), clock.instant(),
                details(assigned)));
        return assigned;
    }

    /**
     * An operator runs the job from the command line, where nobody is signed in; the audit log names the
     * operator as the command line passed it.
     */
    @Transactional
    public List<AssignedChestNumber> runFromCommandLine(EditionYear edition, String operator) {
        Objects.requireNonNull(operator, "operator");
        Edition target = editions.orCurrent(edition);
        List<AssignedChestNumber> assigned = assign(target);
        audit.record(new AuditEntry(null, "command-line:" + operator, "CHEST_NUMBERS_ASSIGNED", "edition",
                target.year().toString(), clock.instant(), details(assigned)));
        return assigned;
    }

    private List<AssignedChestNumber> assign(Edition edition) {
        return registry.unnumbered(edition.year()).stream()
                .map(member -> new AssignedChestNumber(member.memberId(), member.seniority(),
                        allocation.numberFor(edition, member.memberId(), member.seniority())))
                .toList();
    }

    private static Map<String, String> details(List<AssignedChestNumber> assigned) {
        return Map.of("assigned", Integer.toString(assigned.size()));
    }
}
