package org.kalamela.application.registry.query;

import org.kalamela.application.export.RowSource;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Read port: the rows of the registry's exports, streamed from one query each (a database cursor feeding
 * the spreadsheet writer) so memory stays flat however many rows there are. Rows come ordered by district
 * name, unit name, then member name (officials: then office in the order of the form).
 */
public interface RegistryExportReader {

    /** Everything, one district or one unit: at most one of the two is given. */
    record ExportScope(DistrictId districtId, UnitId unitId) {

        public ExportScope {
            if (districtId != null && unitId != null) {
                throw new IllegalArgumentException("an export covers everything, one district or one unit");
            }
        }
    }

    RowSource<MemberRow> members(ExportScope scope);

    RowSource<MemberRow> councilors(ExportScope scope);

    RowSource<OfficialRow> officials(ExportScope scope);
}
