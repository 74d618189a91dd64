package org.kalamela.bootstrap.jobs;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The application's entry point. Without arguments it is the server; with a job's name (and its arguments)
 * it runs that job against the configured database and exits with the job's status, without opening the
 * HTTP port or the management port, so a job can run beside a server that is already listening
 * (docs/operations.md, "Jobs").
 */
@QuarkusMain
public final class KalamelaMain {

    private KalamelaMain() {
    }

    public static void main(String... args) {
        if (args.length > 0) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.management.host-enabled", "false");
        }
        Quarkus.run(KalamelaApplication.class, args);
    }
}
