package org.kalamela.adapters.persistence.shared;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Reads on the hottest paths (the session check of every signed-in request, the festival entry's member,
 * locks and counts) as plain JDBC on the connection of the current Hibernate session, so in its transaction,
 * without Hibernate's native-query machinery around one short statement: parsing the SQL for parameters,
 * finding each column's type from the result's metadata, building tuples. A JFR profile of the registration
 * load put that machinery at about a quarter of the request threads' time (docs/benchmarks.md, "Registration:
 * where the server's time goes").
 *
 * <p>Only reads: writes go through Hibernate, whose {@code StatementInspector} tells the change signals which
 * tables a transaction wrote ({@code TopicsWritten}). As Hibernate does before a native query, pending
 * changes of the session are flushed first, so a read sees what its own transaction wrote; and each statement
 * is counted in Hibernate's statistics as a prepared statement, so the statement counts the tests assert stay
 * the number of statements a request sends.
 */
public final class DirectReads {

    /** Sets a statement's parameters. */
    @FunctionalInterface
    public interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Reads the whole result (the cursor stands before the first row). */
    @FunctionalInterface
    public interface Result<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private DirectReads() {
    }

    public static <T> T query(EntityManager em, String sql, Parameters parameters, Result<T> result) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        if (session.isDirty()) {
            session.flush();
        }
        StatisticsImplementor statistics = session.getFactory().getStatistics();
        if (statistics.isStatisticsEnabled()) {
            statistics.prepareStatement();
        }
        boolean success = false;
        try {
            T read = session.doReturningWork(connection -> run(connection, sql, parameters, result));
            success = true;
            return read;
        } finally {
            // What Hibernate does after each of its own queries: outside a transaction (the session check) the
            // connection goes back to the pool now, not when the request's session closes. Without it a
            // request held two connections, and 32 officials at once timed out waiting for a pool of 20.
            session.afterOperation(success);
        }
    }

    private static <T> T run(Connection connection, String sql, Parameters parameters, Result<T> result)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return result.read(rows);
            }
        }
    }
}
