package org.kalamela.adapters.persistence.conference.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.conference.query.DistrictTally;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateLimits;
import org.kalamela.domain.shared.id.DistrictId;

/** The delegates of a conference counted per district in one grouped query over the districts. */
@ApplicationScoped
public class PostgresDistrictTallyReader implements DistrictTallyReader {

    private static final String SQL = """
            SELECT d.id, d.name, d.conference_official_limit, d.conference_member_limit,
                   count(cd.id) FILTER (WHERE cd.kind = 'OFFICIAL'),
                   count(cd.id) FILTER (WHERE cd.kind = 'MEMBER'),
                   count(cd.id) FILTER (WHERE m.gender = 'M'),
                   count(cd.id) FILTER (WHERE m.gender = 'F'),
                   count(cd.id) FILTER (WHERE cd.food_preference = 'VEG'),
                   count(cd.id) FILTER (WHERE cd.food_preference = 'NON_VEG'),
                   count(cd.id) FILTER (WHERE cd.accommodation)
            FROM districts d
            LEFT JOIN conference_delegates cd ON cd.district_id = d.id AND cd.conference_id = :conference
            LEFT JOIN members m ON m.id = cd.member_id
            """;

    private final EntityManager em;

    @Inject
    public PostgresDistrictTallyReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DistrictTally> tallies(ConferenceId conference) {
        return query(conference, " GROUP BY d.id HAVING d.active OR count(cd.id) > 0 ORDER BY d.name, d.id",
                null);
    }

    @Override
    public Optional<DistrictTally> tally(ConferenceId conference, DistrictId district) {
        return query(conference, " WHERE d.id = :district GROUP BY d.id", district).stream().findFirst();
    }

    private List<DistrictTally> query(ConferenceId conference, String rest, DistrictId district) {
        Query query = em.createNativeQuery(SQL + rest).setParameter("conference", conference.value());
        if (district != null) {
            query.setParameter("district", district.value());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new DistrictTally(DistrictId.of(Columns.number(row[0])),
                Columns.text(row[1]), new DelegateLimits(Columns.integer(row[2]), Columns.integer(row[3])),
                Columns.integer(row[4]), Columns.integer(row[5]), Columns.integer(row[6]), Columns.integer(row[7]),
                Columns.integer(row[8]), Columns.integer(row[9]), Columns.integer(row[10]))).toList();
    }
}
