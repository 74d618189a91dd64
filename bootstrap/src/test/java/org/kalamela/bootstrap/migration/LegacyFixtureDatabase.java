package org.kalamela.bootstrap.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The old app's database for the import tests: a database of its own beside the test database
 * ({@code legacy_fixture_<test database>}), created when missing and filled from {@code legacy/django-fixture.sql}
 * (which drops and recreates its schema, so every test starts from the same old data).
 */
final class LegacyFixtureDatabase {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+).*");

    final String url;
    final String user;
    final String password;
    private final String host;
    private final String name;

    LegacyFixtureDatabase() {
        this(null);
    }

    /** @param database the old database's name, or null for {@code legacy_fixture_<test database>} */
    LegacyFixtureDatabase(String database) {
        String testUrl = System.getenv().getOrDefault("KALAMELA_TEST_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/kalamela_test");
        Matcher m = URL.matcher(testUrl);
        if (!m.matches()) {
            throw new IllegalStateException("not a PostgreSQL URL: " + testUrl);
        }
        host = m.group(1);
        name = database != null ? database : "legacy_fixture_" + m.group(2).replaceAll("[^A-Za-z0-9_]", "_");
        url = "jdbc:postgresql://" + host + "/" + name;
        user = System.getenv().getOrDefault("KALAMELA_DB_USER", "postgres");
        password = System.getenv().getOrDefault("KALAMELA_DB_PASSWORD", "");
    }

    /** Creates the database when missing and loads the old schema and rows afresh. */
    void reset() {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", user,
                password)) {
            try (PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        try (Statement create = admin.createStatement()) {
                            create.execute("CREATE DATABASE \"" + name + "\"");
                        }
                    }
                }
            }
            execute(fixture());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the legacy fixture database " + name, e);
        }
    }

    /** Runs SQL against the old database (a test's own dirt, or a check that nothing was written there). */
    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fixture() {
        try (InputStream in = LegacyFixtureDatabase.class.getResourceAsStream("/legacy/django-fixture.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
