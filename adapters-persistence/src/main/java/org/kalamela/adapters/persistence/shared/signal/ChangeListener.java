package org.kalamela.adapters.persistence.shared.signal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The one listening connection of an instance, on a daemon thread: connects outside the pool, runs
 * {@code LISTEN}, then alternates a heartbeat ({@code SELECT 1}) with waiting for notifications for one heartbeat
 * interval ({@link PGConnection#getNotifications(int)} returns as soon as one arrives). Any failure closes the
 * connection, marks the signals lost and reconnects with a backoff from 100 ms doubling up to 5 s.
 */
final class ChangeListener implements Runnable {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long LAST_BACKOFF_MILLIS = 5_000;

    private final String url;
    private final Properties properties = new Properties();
    private final int heartbeatMillis;
    private final PostgresChangeSignals signals;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    ChangeListener(String url, String user, String password, Duration heartbeat, PostgresChangeSignals signals) {
        this.url = url;
        this.heartbeatMillis = Math.toIntExact(heartbeat.toMillis());
        this.signals = signals;
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "kalamela change signals");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        // A heartbeat that hangs on a broken network is given up after this, then the listener reconnects.
        properties.setProperty("socketTimeout", String.valueOf(Math.max(5, 4 * heartbeat.toSeconds())));
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this, "kalamela-change-signals");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        close(connection);
    }

    @Override
    public void run() {
        long backoff = FIRST_BACKOFF_MILLIS;
        while (running) {
            try (Connection listening = DriverManager.getConnection(url, properties)) {
                connection = listening;
                listen(listening);
                backoff = FIRST_BACKOFF_MILLIS;
                while (running) {
                    heartbeat(listening);
                    count(listening.unwrap(PGConnection.class).getNotifications(heartbeatMillis));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    signals.lost(e);
                    LOG.debugf(e, "Change listener failed; reconnecting in %d ms", backoff);
                    if (!pause(backoff)) {
                        return;
                    }
                    backoff = Math.min(backoff * 2, LAST_BACKOFF_MILLIS);
                }
            }
        }
    }

    private void listen(Connection listening) throws SQLException {
        long sentAt = System.nanoTime();
        try (Statement statement = listening.createStatement()) {
            statement.execute("LISTEN " + PostgresChangeSignals.CHANNEL);
        }
        signals.listening(sentAt);
    }

    /**
     * Confirmed only after the notifications that arrived with the answer are counted, so a confirmation never
     * stands for a change that has reached this connection but not yet the counts.
     */
    private void heartbeat(Connection listening) throws SQLException {
        long sentAt = System.nanoTime();
        try (Statement statement = listening.createStatement()) {
            statement.execute("SELECT 1");
        }
        count(listening.unwrap(PGConnection.class).getNotifications());
        signals.confirmed(sentAt);
    }

    private void count(PGNotification[] notifications) {
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                signals.heard(notification.getParameter());
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the change listener's connection failed", e);
            }
        }
    }
}
