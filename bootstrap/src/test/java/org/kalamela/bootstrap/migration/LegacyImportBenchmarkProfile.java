package org.kalamela.bootstrap.migration;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The legacy import's benchmark runs against a database of its own ({@value #DATABASE}), cleaned and migrated at
 * start, so it neither wipes nor is wiped by the functional tests or the load harness.
 */
public class LegacyImportBenchmarkProfile implements QuarkusTestProfile {

    static final String DATABASE = "kalamela_bench_legacy_import";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @Override
    public Map<String, String> getConfigOverrides() {
        String user = System.getenv().getOrDefault("KALAMELA_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("KALAMELA_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", user, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet found = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!found.next()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the benchmark database " + DATABASE, e);
        }
        return Map.of("quarkus.datasource.jdbc.url", SERVER + DATABASE, "quarkus.http.test-port", "0",
                "quarkus.log.category.\"org.hibernate.SQL\".level", "WARN");
    }
}
