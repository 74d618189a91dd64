package org.kalamela.adapters.persistence.registry.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryExportReader;

/**
 * The exports' rows, read through a database cursor: the query's result is streamed in batches of
 * {@value #FETCH_SIZE} rows and each row is handed to the spreadsheet writer as it arrives, so memory stays
 * flat however large the export. Runs inside the exporting use case's transaction, which the cursor needs.
 */
@ApplicationScoped
public class PostgresRegistryExportReader implements RegistryExportReader {

    static final int FETCH_SIZE = 500;

    private final EntityManager em;

    @Inject
    public PostgresRegistryExportReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public RowSource<MemberRow> members(ExportScope scope) {
        return stream(RegistryRowsSql.MEMBER_COLUMNS, RegistryRowsSql.MEMBERS, "m.unit_id", scope,
                RegistryRowsSql.MEMBER_ORDER, RegistryRowsSql::member);
    }

    @Override
    public RowSource<MemberRow> councilors(ExportScope scope) {
        return stream(RegistryRowsSql.MEMBER_COLUMNS, RegistryRowsSql.COUNCILORS, "m.unit_id", scope,
                RegistryRowsSql.MEMBER_ORDER, RegistryRowsSql::member);
    }

    @Override
    public RowSource<OfficialRow> officials(ExportScope scope) {
        return stream(RegistryRowsSql.OFFICIAL_COLUMNS, RegistryRowsSql.OFFICIALS, "o.unit_id", scope,
                RegistryRowsSql.OFFICIAL_ORDER, RegistryRowsSql::official);
    }

    private <T> RowSource<T> stream(String columns, String from, String unitColumn, ExportScope scope, String order,
                                    Function<Object[], T> mapper) {
        SqlFilter where = new SqlFilter()
                .with(scope.districtId() == null ? null : scope.districtId().value(), "u.district_id = :district",
                        "district")
                .with(scope.unitId() == null ? null : scope.unitId().value(), unitColumn + " = :unit", "unit");
        return sink -> {
            @SuppressWarnings("unchecked")
            Stream<Object[]> rows = where.bind(em.createNativeQuery("SELECT " + columns + from + where.where() + order))
                    .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream();
            try (rows) {
                rows.map(mapper).forEach(sink);
            }
        };
    }
}
