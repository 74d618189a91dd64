package org.kalamela.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;

/**
 * Writes on a connection of its own, outside this application, as another instance would: this instance
 * learns of them only from their change signal (ADR-20), never from a transaction of its own.
 */
@ApplicationScoped
public class OutsideWrites {

    @Inject
    ChangeSignals signals;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /**
     * Once earlier writes have been heard, runs one statement changing exactly one row and commits it, then waits
     * until the topic is heard.
     */
    public void commitAndHear(ChangeTopic topic, String sql, Object... parameters) {
        Awaiting.settled(signals);
        long before = signals.heard(topic).getAsLong();
        run(true, sql, parameters);
        Awaiting.until(topic + " to be heard", () -> signals.heard(topic).orElse(before) != before);
    }

    /** Runs one statement changing exactly one row and rolls it back. */
    public void rollBack(String sql, Object... parameters) {
        run(false, sql, parameters);
    }

    private void run(boolean commit, String sql, Object... parameters) {
        try (Connection other = DriverManager.getConnection(url, user, password.orElse(""))) {
            other.setAutoCommit(false);
            try (PreparedStatement statement = other.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                assertThat(statement.executeUpdate()).as("rows changed by " + sql).isEqualTo(1);
            }
            if (commit) {
                other.commit();
            } else {
                other.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
