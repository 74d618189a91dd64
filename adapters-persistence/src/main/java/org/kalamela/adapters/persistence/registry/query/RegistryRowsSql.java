package org.kalamela.adapters.persistence.registry.query;

import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.domain.registry.member.BloodGroup;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * The joins, columns and orders the lists and the exports of members, councilors and officials share, so
 * a list and an export of the same filter show the same rows in the same order. Only registered units'
 * rows appear.
 */
final class RegistryRowsSql {

    static final String MEMBER_COLUMNS = "m.id, u.id, u.name, d.id, d.name, m.name, m.gender, m.date_of_birth, "
            + "m.phone, m.qualification, m.blood_group";
    static final String MEMBERS = " FROM members m JOIN unit_registrations r ON r.unit_id = m.unit_id"
            + " JOIN units u ON u.id = m.unit_id JOIN districts d ON d.id = u.district_id";
    static final String COUNCILORS = MEMBERS + " JOIN councilors c ON c.member_id = m.id";
    static final String MEMBER_ORDER = " ORDER BY d.name, u.name, m.name, m.id";

    static final String OFFICIAL_COLUMNS = "u.id, u.name, d.id, d.name, o.office, o.name, o.phone";
    static final String OFFICIALS = " FROM unit_officials o JOIN unit_registrations r ON r.unit_id = o.unit_id"
            + " JOIN units u ON u.id = o.unit_id JOIN districts d ON d.id = u.district_id";
    static final String OFFICIAL_ORDER = " ORDER BY d.name, u.name, u.id, CASE o.office"
            + " WHEN 'PRESIDENT' THEN 0 WHEN 'VICE_PRESIDENT' THEN 1 WHEN 'SECRETARY' THEN 2"
            + " WHEN 'JOINT_SECRETARY' THEN 3 ELSE 4 END";

    private RegistryRowsSql() {
    }

    static MemberRow member(Object[] row) {
        return new MemberRow(MemberId.of(Columns.number(row[0])), UnitId.of(Columns.number(row[1])),
                Columns.text(row[2]), DistrictId.of(Columns.number(row[3])), Columns.text(row[4]),
                Columns.text(row[5]), Gender.valueOf(Columns.text(row[6])), Columns.date(row[7]),
                Columns.text(row[8]), Columns.text(row[9]),
                row[10] == null ? null : BloodGroup.parse(Columns.text(row[10]), "bloodGroup"));
    }

    static OfficialRow official(Object[] row) {
        return new OfficialRow(UnitId.of(Columns.number(row[0])), Columns.text(row[1]),
                DistrictId.of(Columns.number(row[2])), Columns.text(row[3]), Office.valueOf(Columns.text(row[4])),
                Columns.text(row[5]), Columns.text(row[6]));
    }
}
