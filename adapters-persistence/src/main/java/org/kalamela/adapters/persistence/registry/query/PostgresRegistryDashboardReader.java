package org.kalamela.adapters.persistence.registry.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.registry.query.RegistryDashboardReader;
import org.kalamela.application.registry.query.SeniorityBand;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** Each figure of the dashboard is one aggregate query, whatever the number of districts and units. */
@ApplicationScoped
public class PostgresRegistryDashboardReader implements RegistryDashboardReader {

    /** Members of registered units, with their district. */
    private static final String REGISTERED_MEMBERS = " FROM members m"
            + " JOIN unit_registrations r ON r.unit_id = m.unit_id";

    private final EntityManager em;

    @Inject
    public PostgresRegistryDashboardReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DistrictRegistrations> registrationsByDistrict() {
        return rows("""
                SELECT d.id, d.name, count(u.id), count(r.unit_id)
                FROM districts d
                LEFT JOIN units u ON u.district_id = d.id AND u.active
                LEFT JOIN unit_registrations r ON r.unit_id = u.id
                GROUP BY d.id, d.name ORDER BY d.name, d.id""").stream()
                .map(row -> new DistrictRegistrations(DistrictId.of(Columns.number(row[0])), Columns.text(row[1]),
                        Columns.number(row[2]), Columns.number(row[3])))
                .toList();
    }

    @Override
    public Map<RegistrationStatus, Long> registrationsByStatus() {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        rows("SELECT status, count(*) FROM unit_registrations GROUP BY status").forEach(row ->
                counts.put(RegistrationStatus.valueOf(Columns.text(row[0])), Columns.number(row[1])));
        return counts;
    }

    @Override
    public Map<Gender, Long> membersByGender() {
        Map<Gender, Long> counts = new EnumMap<>(Gender.class);
        rows("SELECT m.gender, count(*)" + REGISTERED_MEMBERS + " GROUP BY m.gender").forEach(row ->
                counts.put(Gender.valueOf(Columns.text(row[0])), Columns.number(row[1])));
        return counts;
    }

    @Override
    public List<Long> membersBornWithin(List<SeniorityBand> bands) {
        if (bands.isEmpty()) {
            return List.of();
        }
        StringJoiner columns = new StringJoiner(", ");
        for (int i = 0; i < bands.size(); i++) {
            columns.add("count(*) FILTER (WHERE m.date_of_birth BETWEEN :from" + i + " AND :to" + i + ")");
        }
        Query query = em.createNativeQuery("SELECT " + columns + REGISTERED_MEMBERS);
        for (int i = 0; i < bands.size(); i++) {
            query.setParameter("from" + i, bands.get(i).bornFrom()).setParameter("to" + i, bands.get(i).bornTo());
        }
        Object result = query.getSingleResult();
        Object[] counts = result instanceof Object[] many ? many : new Object[] {result};
        List<Long> figures = new ArrayList<>();
        for (Object count : counts) {
            figures.add(Columns.number(count));
        }
        return figures;
    }

    @Override
    public List<UnitSize> largestUnits() {
        return rows("""
                WITH sizes AS (
                    SELECT u.id, u.name AS unit_name, d.name AS district_name, count(*) AS members
                    FROM unit_registrations r
                    JOIN units u ON u.id = r.unit_id
                    JOIN districts d ON d.id = u.district_id
                    JOIN members m ON m.unit_id = r.unit_id
                    GROUP BY u.id, u.name, d.name)
                SELECT id, unit_name, district_name, members FROM sizes
                WHERE members = (SELECT max(members) FROM sizes)
                ORDER BY district_name, unit_name, id""").stream()
                .map(row -> new UnitSize(UnitId.of(Columns.number(row[0])), Columns.text(row[1]),
                        Columns.text(row[2]), Columns.number(row[3])))
                .toList();
    }

    @Override
    public List<DistrictMembers> membersByDistrict() {
        return rows("""
                SELECT d.id, d.name, count(m.id),
                       count(m.id) FILTER (WHERE m.gender = 'M'),
                       count(m.id) FILTER (WHERE m.gender = 'F'),
                       count(c.member_id)
                FROM districts d
                LEFT JOIN unit_registrations r ON r.district_id = d.id
                LEFT JOIN members m ON m.unit_id = r.unit_id
                LEFT JOIN councilors c ON c.member_id = m.id
                GROUP BY d.id, d.name ORDER BY d.name, d.id""").stream()
                .map(row -> new DistrictMembers(DistrictId.of(Columns.number(row[0])), Columns.text(row[1]),
                        Columns.number(row[2]), Columns.number(row[3]), Columns.number(row[4]),
                        Columns.number(row[5])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
