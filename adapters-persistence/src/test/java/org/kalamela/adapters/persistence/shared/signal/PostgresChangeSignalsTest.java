package org.kalamela.adapters.persistence.shared.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.signal.ChangeTopic;

/**
 * Two instances' listeners on the test database (KALAMELA_TEST_DB_URL), and a third connection that changes
 * something: both hear a committed notification, neither hears a rolled-back one, and a listener that was not
 * listening offers no count.
 */
class PostgresChangeSignalsTest {

    private static final String URL = System.getenv().getOrDefault("KALAMELA_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/kalamela_test");
    private static final String USER = System.getenv().getOrDefault("KALAMELA_DB_USER", "postgres");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final PostgresChangeSignals first = instance();
    private final PostgresChangeSignals second = instance();

    private static PostgresChangeSignals instance() {
        return new PostgresChangeSignals(URL, USER, Optional.ofNullable(System.getenv("KALAMELA_DB_PASSWORD")),
                Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    @BeforeEach
    void listen() {
        assertThat(first.heard(ChangeTopic.RESULTS)).isEmpty();
        first.start(null);
        second.start(null);
        await(() -> first.heard(ChangeTopic.RESULTS).isPresent() && second.heard(ChangeTopic.RESULTS).isPresent());
    }

    @AfterEach
    void stop() {
        first.stop(null);
        second.stop(null);
    }

    @Test
    void a_committed_signal_is_heard_by_every_instance_and_a_rolled_back_one_by_none() throws SQLException {
        long firstBefore = first.heard(ChangeTopic.RESULTS).getAsLong();
        long secondBefore = second.heard(ChangeTopic.RESULTS).getAsLong();
        long editionsBefore = first.heard(ChangeTopic.EDITIONS).getAsLong();

        announce("RESULTS", false);
        announce("EVENTS", true);
        await(() -> first.heard(ChangeTopic.EVENTS).getAsLong() > 1 && second.heard(ChangeTopic.EVENTS).getAsLong() > 1);
        assertThat(first.heard(ChangeTopic.RESULTS)).hasValue(firstBefore);
        assertThat(second.heard(ChangeTopic.RESULTS)).hasValue(secondBefore);

        announce("RESULTS", true);

        await(() -> first.heard(ChangeTopic.RESULTS).getAsLong() > firstBefore
                && second.heard(ChangeTopic.RESULTS).getAsLong() > secondBefore);
        assertThat(first.heard(ChangeTopic.EDITIONS)).hasValue(editionsBefore);
    }

    @Test
    void a_lost_connection_offers_no_count_until_it_listens_again_and_then_every_count_has_moved() throws SQLException {
        long before = first.heard(ChangeTopic.EDITIONS).getAsLong();

        try (Connection admin = DriverManager.getConnection(URL, USER, System.getenv("KALAMELA_DB_PASSWORD"));
             PreparedStatement kill = admin.prepareStatement("""
                     SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                     WHERE application_name = 'kalamela change signals' AND datname = current_database()
                       AND pid <> pg_backend_pid()""")) {
            kill.execute();
        }

        await(() -> {
            OptionalLong heard = first.heard(ChangeTopic.EDITIONS);
            return heard.isPresent() && heard.getAsLong() > before;
        });
    }

    private static void announce(String topic, boolean commit) throws SQLException {
        try (Connection writer = DriverManager.getConnection(URL, USER, System.getenv("KALAMELA_DB_PASSWORD"))) {
            writer.setAutoCommit(false);
            try (PreparedStatement notify = writer.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, PostgresChangeSignals.CHANNEL);
                notify.setString(2, topic);
                notify.execute();
            }
            if (commit) {
                writer.commit();
            } else {
                writer.rollback();
            }
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited for the listeners").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
