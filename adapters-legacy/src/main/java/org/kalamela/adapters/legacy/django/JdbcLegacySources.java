package org.kalamela.adapters.legacy.django;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.kalamela.application.migration.LegacyDatabase;
import org.kalamela.application.migration.LegacySource;
import org.kalamela.application.migration.LegacySourceUnavailable;
import org.kalamela.application.migration.LegacySources;

/**
 * Opens the old database with the PostgreSQL JDBC driver, outside the application's data source (the old
 * database is not ours): one connection, read-only, in one repeatable-read transaction, so every table is read
 * from the same snapshot and nothing can be written to the old app even by mistake.
 */
@ApplicationScoped
public class JdbcLegacySources implements LegacySources {

    @Override
    public LegacySource open(LegacyDatabase database) {
        try {
            Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
            try {
                connection.setReadOnly(true);
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                return new JdbcDjangoSource(connection);
            } catch (SQLException | RuntimeException failed) {
                connection.close();
                throw failed;
            }
        } catch (SQLException e) {
            throw new LegacySourceUnavailable("Cannot open the old database " + database + ": " + e.getMessage(), e);
        }
    }
}
