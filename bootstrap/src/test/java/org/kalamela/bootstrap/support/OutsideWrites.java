package org.kalamela.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

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

    /**
     * What one statement, committed on a connection of its own, announced on the change channel: the payloads a
     * listener received up to a marker sent after the commit.
     */
    public List<String> announcedBy(String statement) {
        try (Connection listener = connect(); Connection writer = connect()) {
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN kalamela_changes");
            }
            writer.setAutoCommit(false);
            try (Statement write = writer.createStatement()) {
                write.executeUpdate(statement);
            }
            writer.commit();
            writer.setAutoCommit(true);
            try (Statement marker = writer.createStatement()) {
                marker.execute("NOTIFY kalamela_changes, 'END'");
            }
            List<String> heard = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!heard.contains("END") && System.nanoTime() < deadline) {
                PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(100);
                for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                    heard.add(notification.getParameter());
                }
            }
            assertThat(heard).as("the end marker arrived").contains("END");
            return heard;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }


    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password.orElse(""));
    }

    private void run(boolean commit, String sql, Object... parameters) {
        try (Connection other = connect()) {
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
