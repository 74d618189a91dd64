package org.kalamela.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the test database when it does not exist yet, before the application starts, so that
 * {@code mvn -B verify} works on a machine whose PostgreSQL has never seen this project. Flyway then cleans
 * and migrates it (test profile).
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+).*");

    @Override
    public Map<String, String> start() {
        String url = System.getenv().getOrDefault("KALAMELA_TEST_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/kalamela_test");
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return Map.of();
        }
        String user = System.getenv().getOrDefault("KALAMELA_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("KALAMELA_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + m.group(1) + "/postgres", user,
                password)) {
            if (!exists(c, m.group(2))) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE \"" + m.group(2) + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + m.group(1)
                    + " to prepare the test database; start it with bin/ensure-postgres", e);
        }
        return Map.of();
    }

    private static boolean exists(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void stop() {
        // The database stays: Flyway cleans it at the start of the next run.
    }
}
