package org.kalamela.application.registry.fakes;

import java.util.function.Function;
import java.util.function.Predicate;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryExportReader;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** In-memory {@link RegistryExportReader}: the rows are read when the writer asks for them, as a cursor would. */
public class InMemoryRegistryExportReader implements RegistryExportReader {

    private final RegistryRows rows;

    public InMemoryRegistryExportReader(RegistryMemory memory) {
        this.rows = new RegistryRows(memory);
    }

    @Override
    public RowSource<MemberRow> members(ExportScope scope) {
        return sink -> rows.members().filter(in(scope, MemberRow::districtId, MemberRow::unitId)).forEach(sink);
    }

    @Override
    public RowSource<MemberRow> councilors(ExportScope scope) {
        return sink -> rows.councilors().filter(in(scope, MemberRow::districtId, MemberRow::unitId)).forEach(sink);
    }

    @Override
    public RowSource<OfficialRow> officials(ExportScope scope) {
        return sink -> rows.officials().filter(in(scope, OfficialRow::districtId, OfficialRow::unitId))
                .forEach(sink);
    }

    private static <T> Predicate<T> in(ExportScope scope, Function<T, DistrictId> district,
                                       Function<T, UnitId> unit) {
        return row -> (scope.districtId() == null || scope.districtId().equals(district.apply(row)))
                && (scope.unitId() == null || scope.unitId().equals(unit.apply(row)));
    }
}
