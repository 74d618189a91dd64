package org.kalamela.adapters.persistence.shared.signal;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees every statement Hibernate sends (entities' and native ones alike) and notes the change-signal topics it
 * writes for this thread's transaction ({@link TopicsWritten}); the statement itself goes unchanged.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class WritesInspector implements StatementInspector {

    @Override
    public String inspect(String sql) {
        TopicsWritten.note(sql);
        return sql;
    }
}
