package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.kalamela.adapters.persistence.festival.event.FestivalEventMapper;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.festival.query.EventTally;
import org.kalamela.application.festival.query.OfficialEventsOverviewReader;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The events of an edition with one district's counts, in one query: each count is a correlated subquery
 * on the entry and team indexes ({@code individual_entries_scope_idx}, {@code teams_scope_idx}).
 */
@ApplicationScoped
public class PostgresOfficialEventsOverviewReader implements OfficialEventsOverviewReader {

    private final EntityManager em;

    @Inject
    public PostgresOfficialEventsOverviewReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<EventTally> tallies(EditionYear edition, DistrictId district) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + FestivalEventMapper.COLUMNS + """
                        , (SELECT count(*) FROM individual_entries ie WHERE ie.edition_year = e.edition_year
                              AND ie.event_id = e.id AND ie.district_id = :district AND ie.seniority = 'JUNIOR'),
                          (SELECT count(*) FROM individual_entries ie WHERE ie.edition_year = e.edition_year
                              AND ie.event_id = e.id AND ie.district_id = :district AND ie.seniority = 'SENIOR'),
                          (SELECT count(*) FROM teams t WHERE t.event_id = e.id AND t.district_id = :district)
                        FROM festival_events e WHERE e.edition_year = :edition ORDER BY e.id""")
                .setParameter("edition", edition.value())
                .setParameter("district", district.value())
                .getResultList();
        int counts = FestivalEventMapper.WIDTH;
        return rows.stream()
                .map(row -> new EventTally(FestivalEventMapper.toDomain(row, 0), Columns.integer(row[counts]),
                        Columns.integer(row[counts + 1]), Columns.integer(row[counts + 2])))
                .toList();
    }
}
