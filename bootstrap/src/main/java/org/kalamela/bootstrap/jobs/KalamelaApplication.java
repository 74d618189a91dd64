package org.kalamela.bootstrap.jobs;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;

/** Serves until stopped, or runs the job named by the first argument and returns its exit status. */
public class KalamelaApplication implements QuarkusApplication {

    /** The exit status of a command line that names no known job or has wrong arguments. */
    static final int USAGE = 2;

    private static final Logger LOG = Logger.getLogger(KalamelaApplication.class);

    @Inject
    AssignChestNumbersJob assignChestNumbers;

    @Inject
    ImportLegacyJob importLegacy;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        List<String> jobArguments = Arrays.asList(args).subList(1, args.length);
        if (AssignChestNumbersJob.NAME.equals(args[0])) {
            return assignChestNumbers.run(jobArguments);
        }
        if (ImportLegacyJob.NAME.equals(args[0])) {
            return importLegacy.run(jobArguments);
        }
        LOG.errorf("Unknown job '%s'. Jobs: %s; %s", args[0], AssignChestNumbersJob.USAGE, ImportLegacyJob.USAGE);
        return USAGE;
    }
}
