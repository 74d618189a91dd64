package org.kalamela.adapters.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says in the readiness report how mail leaves: {@code smtp} with the server, or {@code log-only} when mails
 * (reset links included) are written to the log and nobody receives them. Always UP: mail is sent after the
 * answer and its failures are logged, so it never makes the application unready.
 */
@Readiness
@ApplicationScoped
public class MailHealthCheck implements HealthCheck {

    static final String NAME = "Mail";

    private final boolean logOnly;
    private final String host;
    private final int port;

    @Inject
    public MailHealthCheck(@ConfigProperty(name = "quarkus.mailer.mock") boolean logOnly,
                           @ConfigProperty(name = "quarkus.mailer.host") String host,
                           @ConfigProperty(name = "quarkus.mailer.port") int port) {
        this.logOnly = logOnly;
        this.host = host;
        this.port = port;
    }

    @Override
    public HealthCheckResponse call() {
        if (logOnly) {
            return HealthCheckResponse.named(NAME).up().withData("mode", "log-only")
                    .withData("note", "mails are written to the log, not sent (KALAMELA_MAIL_LOG_ONLY)").build();
        }
        return HealthCheckResponse.named(NAME).up().withData("mode", "smtp")
                .withData("server", host + ":" + port).build();
    }
}
