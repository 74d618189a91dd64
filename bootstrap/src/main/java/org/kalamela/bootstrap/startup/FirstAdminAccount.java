package org.kalamela.bootstrap.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kalamela.application.identity.account.EnsureAdminAccount;

/**
 * At start-up, makes sure the first admin account exists. A generated password is printed once, here, and
 * nowhere else; set KALAMELA_ADMIN_PASSWORD to choose it instead.
 */
@ApplicationScoped
public class FirstAdminAccount {

    /** Runs before the demo data, which is loaded in the admin's name. */
    public static final int ORDER = 10;

    private static final Logger LOG = Logger.getLogger(FirstAdminAccount.class);

    void onStart(@Observes @Priority(ORDER) StartupEvent event, EnsureAdminAccount ensureAdminAccount,
                 @ConfigProperty(name = "kalamela.admin.username") String username,
                 @ConfigProperty(name = "kalamela.admin.password") Optional<String> password) {
        EnsureAdminAccount.Outcome outcome = ensureAdminAccount.execute(username, password);
        if (outcome.created().isPresent()) {
            outcome.generatedPassword().ifPresentOrElse(
                    generated -> LOG.warnf("Created the admin account '%s' with the generated password: %s "
                            + "(shown once; change it, or set KALAMELA_ADMIN_PASSWORD before the first start)",
                            username, generated),
                    () -> LOG.infof("Created the admin account '%s' with the password from KALAMELA_ADMIN_PASSWORD",
                            username));
        }
    }
}
