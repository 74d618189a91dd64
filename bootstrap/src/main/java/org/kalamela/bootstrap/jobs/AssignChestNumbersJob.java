package org.kalamela.bootstrap.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;
import org.kalamela.application.festival.chest.AssignChestNumbersFromCommandLine;
import org.kalamela.application.festival.chest.AssignedChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.error.DomainException;

/**
 * {@code assign-chest-numbers [year]}: the same use case as {@code POST /api/v1/maintenance/assign-chest-numbers},
 * run by an operator (after a legacy import) for the given edition or the current one. The audit log names
 * the operator's system user ({@code command-line:<user>}): nobody is signed in, and the log should not claim
 * an admin did it. Exit status 0 when done (also when nobody needed a number), 1 when the use case refuses
 * (no such edition, a series used up: nothing is numbered then), {@value KalamelaApplication#USAGE} for wrong
 * arguments.
 */
@ApplicationScoped
public class AssignChestNumbersJob {

    static final String NAME = "assign-chest-numbers";
    static final String USAGE = NAME + " [year]";

    private static final Logger LOG = Logger.getLogger(AssignChestNumbersJob.class);

    private final AssignChestNumbersFromCommandLine assignChestNumbers;

    @Inject
    public AssignChestNumbersJob(AssignChestNumbersFromCommandLine assignChestNumbers) {
        this.assignChestNumbers = assignChestNumbers;
    }

    /** @param arguments the job's arguments: nothing (the current edition) or the edition's year */
    public int run(List<String> arguments) {
        if (arguments.size() > 1 || !arguments.stream().allMatch(argument -> argument.matches("2[0-9]{3}"))) {
            LOG.errorf("Usage: %s (the year of an edition, e.g. 2026; without it the current edition)", USAGE);
            return KalamelaApplication.USAGE;
        }
        EditionYear edition = arguments.isEmpty() ? null : EditionYear.of(Integer.parseInt(arguments.get(0)));
        String operator = System.getProperty("user.name", "unknown");
        try {
            List<AssignedChestNumber> assigned = assignChestNumbers.execute(edition, operator);
            LOG.infof("%s: %d member(s) numbered in edition %s", NAME, assigned.size(),
                    edition == null ? "(current)" : edition);
            assigned.forEach(number -> LOG.infof("  member %s (%s): chest number %s", number.memberId(),
                    number.seniority().displayName(), number.chestNumber()));
            return 0;
        } catch (DomainException refused) {
            LOG.errorf("%s refused (%s): %s", NAME, refused.code(), refused.getMessage());
            return 1;
        }
    }
}
