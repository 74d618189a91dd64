package org.kalamela.bootstrap.startup;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kalamela.adapters.security.token.JwtKeys;

/**
 * Refuses to start, before anything else runs, when a setting the application cannot work without is
 * missing or unusable: one ERROR line names every such setting, and the process exits with status 1 instead
 * of starting and failing each request later (docs/operations.md, "Start-up checks"). In development and
 * tests the same refusal is an exception, so that the dev-mode page and the test report show it.
 */
@ApplicationScoped
public class RequiredSettings {

    /** Runs before every other start-up step (the first admin account, demo data). */
    public static final int ORDER = 0;

    /** The exit status of a refused start. */
    public static final int EXIT_STATUS = 1;

    private static final Logger LOG = Logger.getLogger(RequiredSettings.class);

    void onStart(@Observes @Priority(ORDER) StartupEvent event, Instance<JwtKeys> jwtKeys,
                 @ConfigProperty(name = "quarkus.mailer.mock") boolean mailLogOnly,
                 @ConfigProperty(name = "kalamela.mail.smtp-host") Optional<String> smtpHost) {
        List<String> problems = new ArrayList<>();
        check(problems, "JWT keys", () -> jwtKeys.get().publicKey());
        if (!mailLogOnly && smtpHost.isEmpty()) {
            problems.add("mail: KALAMELA_SMTP_HOST is not set (set it, or KALAMELA_MAIL_LOG_ONLY=true to write "
                    + "mails to the log instead of sending them)");
        }
        if (mailLogOnly && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("Mail is log-only (KALAMELA_MAIL_LOG_ONLY): mails, reset links included, are written to the "
                    + "log and nobody receives them");
        }
        if (problems.isEmpty()) {
            return;
        }
        String refusal = "Kalamela refuses to start: " + String.join("; ", problems)
                + " (docs/operations.md, Configuration)";
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            throw new IllegalStateException(refusal);
        }
        LOG.error(refusal);
        System.out.flush();
        System.err.flush();
        // Nothing has been served or scheduled yet. Quarkus's own ways out of a start-up observer either print
        // stack traces after this line or wait for the start to finish (System.exit deadlocks with the
        // shutdown hook), so the process ends here; the operating system closes the database connections.
        Runtime.getRuntime().halt(EXIT_STATUS);
    }

    private static void check(List<String> problems, String what, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            problems.add(what + ": " + describe(e));
        }
    }

    /** The messages of an exception and its causes, each once, in one line. */
    static String describe(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().strip().replaceAll("\\s+", " ");
            if (!message.isEmpty() && messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message);
            } else if (t != failure) {
                messages.add(t.getClass().getSimpleName());
            }
        }
        return messages.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", messages);
    }
}
