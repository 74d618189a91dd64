package org.kalamela.adapters.persistence.festival.query;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.export.RowSource;

/**
 * An export's rows read through a database cursor: the query's result comes in batches of
 * {@value #FETCH_SIZE} rows and each row goes to the spreadsheet writer as it arrives, so memory stays flat
 * however large the export. The cursor is opened and closed inside {@link RowSource#forEach}, within the
 * exporting use case's transaction.
 */
final class FestivalCursor {

    static final int FETCH_SIZE = 500;

    private FestivalCursor() {
    }

    static <T> RowSource<T> rows(EntityManager em, String sql, SqlFilter parameters,
                                 Function<Object[], T> mapper) {
        return sink -> {
            @SuppressWarnings("unchecked")
            Stream<Object[]> rows = parameters.bind(em.createNativeQuery(sql))
                    .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream();
            try (rows) {
                rows.map(mapper).forEach(sink);
            }
        };
    }
}
