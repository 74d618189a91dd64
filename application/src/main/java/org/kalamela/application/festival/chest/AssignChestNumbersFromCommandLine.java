package org.kalamela.application.festival.chest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The chest-number job of {@link AssignChestNumbers}, run by an operator from the command line, where nobody
 * is signed in; the audit log names the operator as the command line passed it. One transaction, idempotent.
 */
@UseCase
public class AssignChestNumbersFromCommandLine {

    private final ChestNumberAssignment assignment;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AssignChestNumbersFromCommandLine(ChestNumberRegistry registry, ChestNumberAllocation allocation,
                                             CurrentEdition editions, AuditLog audit, Clock clock) {
        this.assignment = new ChestNumberAssignment(registry, allocation);
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code edition} null is the current edition. */
    @Transactional
    public List<AssignedChestNumber> execute(EditionYear edition, String operator) {
        Objects.requireNonNull(operator, "operator");
        Edition target = editions.orCurrent(edition);
        List<AssignedChestNumber> assigned = assignment.assign(target);
        audit.record(new AuditEntry(null, "command-line:" + operator, "CHEST_NUMBERS_ASSIGNED", "edition",
                target.year().toString(), clock.instant(), ChestNumberAssignment.details(assigned)));
        return assigned;
    }
}
