package org.kalamela.adapters.persistence.registry.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitNameRow;
import org.kalamela.application.registry.query.UnitRow;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin's lists: each page is one native query over the joined tables, and one more counts the rows. */
@ApplicationScoped
public class PostgresRegistryListReader implements RegistryListReader {

    private static final String UNIT_NAMES = " FROM units u JOIN districts d ON d.id = u.district_id"
            + " LEFT JOIN unit_registrations r ON r.unit_id = u.id";
    private static final String UNITS = " FROM unit_registrations r JOIN units u ON u.id = r.unit_id"
            + " JOIN districts d ON d.id = u.district_id";

    private final EntityManager em;

    @Inject
    public PostgresRegistryListReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<UnitNameRow> unitNames(UnitNameFilter filter, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .with(id(filter.districtId()), "u.district_id = :district", "district")
                .with(filter.active(), "u.active = :active", "active")
                .when(Boolean.TRUE.equals(filter.registered()), "r.unit_id IS NOT NULL")
                .when(Boolean.FALSE.equals(filter.registered()), "r.unit_id IS NULL")
                .nameContains(filter.name(), "u.name");
        return page("u.id, u.name, d.id, d.name, u.active, r.unit_id IS NOT NULL", UNIT_NAMES, where,
                " ORDER BY d.name, u.name, u.id", page,
                row -> new UnitNameRow(UnitId.of(Columns.number(row[0])), Columns.text(row[1]),
                        DistrictId.of(Columns.number(row[2])), Columns.text(row[3]), Columns.flag(row[4]),
                        Columns.flag(row[5])));
    }

    @Override
    public Page<UnitRow> units(UnitFilter filter, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .with(id(filter.districtId()), "r.district_id = :district", "district")
                .with(filter.status() == null ? null : filter.status().name(), "r.status = :status", "status")
                .nameContains(filter.name(), "u.name");
        return page("u.id, u.name, d.id, d.name, r.registration_number, r.status,"
                        + " (SELECT count(*) FROM members m WHERE m.unit_id = u.id), r.registered_at", UNITS, where,
                " ORDER BY d.name, u.name, u.id", page,
                row -> new UnitRow(UnitId.of(Columns.number(row[0])), Columns.text(row[1]),
                        DistrictId.of(Columns.number(row[2])), Columns.text(row[3]), Columns.text(row[4]),
                        RegistrationStatus.valueOf(Columns.text(row[5])), Columns.number(row[6]),
                        Columns.instant(row[7])));
    }

    @Override
    public Page<MemberRow> members(MemberFilter filter, PageRequest page) {
        return page(RegistryRowsSql.MEMBER_COLUMNS, RegistryRowsSql.MEMBERS, memberFilter(filter),
                RegistryRowsSql.MEMBER_ORDER, page, RegistryRowsSql::member);
    }

    @Override
    public Page<MemberRow> councilors(MemberFilter filter, PageRequest page) {
        return page(RegistryRowsSql.MEMBER_COLUMNS, RegistryRowsSql.COUNCILORS, memberFilter(filter),
                RegistryRowsSql.MEMBER_ORDER, page, RegistryRowsSql::member);
    }

    @Override
    public Page<OfficialRow> officials(OfficialFilter filter, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .with(id(filter.districtId()), "u.district_id = :district", "district")
                .with(filter.unitId() == null ? null : filter.unitId().value(), "o.unit_id = :unit", "unit")
                .with(filter.office() == null ? null : filter.office().name(), "o.office = :office", "office")
                .nameContains(filter.name(), "o.name");
        return page(RegistryRowsSql.OFFICIAL_COLUMNS, RegistryRowsSql.OFFICIALS, where,
                RegistryRowsSql.OFFICIAL_ORDER, page, RegistryRowsSql::official);
    }

    private static SqlFilter memberFilter(MemberFilter filter) {
        return new SqlFilter()
                .with(id(filter.districtId()), "u.district_id = :district", "district")
                .with(filter.unitId() == null ? null : filter.unitId().value(), "m.unit_id = :unit", "unit")
                .with(filter.gender() == null ? null : filter.gender().name(), "m.gender = :gender", "gender")
                .with(filter.bornFrom(), "m.date_of_birth >= :bornFrom", "bornFrom")
                .with(filter.bornTo(), "m.date_of_birth <= :bornTo", "bornTo")
                .nameContains(filter.name(), "m.name");
    }

    private <T> Page<T> page(String columns, String from, SqlFilter where, String order, PageRequest page,
                             Function<Object[], T> mapper) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery("SELECT " + columns + from + where.where() + order
                        + " LIMIT :limit OFFSET :offset"))
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        long total = Columns.number(where.bind(em.createNativeQuery("SELECT count(*)" + from + where.where()))
                .getSingleResult());
        return Page.of(rows.stream().map(mapper).toList(), page, total);
    }

    private static Long id(DistrictId district) {
        return district == null ? null : district.value();
    }
}
