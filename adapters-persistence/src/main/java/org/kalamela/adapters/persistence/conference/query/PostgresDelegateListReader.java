package org.kalamela.adapters.persistence.conference.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.application.conference.query.DelegateListReader;
import org.kalamela.application.conference.query.DelegateRow;
import org.kalamela.application.export.RowSource;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;

/**
 * The delegates of a conference with their members' names: a page (one query for the rows, one for the
 * total) or every row through a cursor for an export, so memory stays flat.
 */
@ApplicationScoped
public class PostgresDelegateListReader implements DelegateListReader {

    static final int FETCH_SIZE = 500;

    private static final String SELECT = "SELECT cd.id, cd.member_id, m.name, m.gender, u.name, cd.district_id,"
            + " d.name, cd.kind, cd.food_preference, cd.accommodation, cd.added_at";
    private static final String FROM = " FROM conference_delegates cd JOIN members m ON m.id = cd.member_id"
            + " JOIN units u ON u.id = m.unit_id JOIN districts d ON d.id = cd.district_id";
    // Officials before members: 'OFFICIAL' sorts before 'MEMBER' descending.
    private static final String ORDER = " ORDER BY d.name, cd.district_id, cd.kind DESC, m.name, cd.id";

    private final EntityManager em;

    @Inject
    public PostgresDelegateListReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<DelegateRow> list(ConferenceId conference, DelegateFilter filter, PageRequest page) {
        SqlFilter where = where(conference, filter);
        long total = Columns.number(where.bind(em.createNativeQuery("SELECT count(*)" + FROM + where.where()))
                .getSingleResult());
        if (page.startsAfter(total)) {
            return Page.empty(page, total);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery(SELECT + FROM + where.where() + ORDER
                        + " LIMIT :limit OFFSET :offset"))
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        return Page.of(rows.stream().map(PostgresDelegateListReader::row).toList(), page, total);
    }

    @Override
    public RowSource<DelegateRow> all(ConferenceId conference, DelegateFilter filter) {
        SqlFilter where = where(conference, filter);
        return sink -> {
            @SuppressWarnings("unchecked")
            Stream<Object[]> rows = where.bind(em.createNativeQuery(SELECT + FROM + where.where() + ORDER))
                    .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream();
            try (rows) {
                rows.map(PostgresDelegateListReader::row).forEach(sink);
            }
        };
    }

    private static SqlFilter where(ConferenceId conference, DelegateFilter filter) {
        return new SqlFilter()
                .with(conference.value(), "cd.conference_id = :conference", "conference")
                .with(filter.districtId() == null ? null : filter.districtId().value(),
                        "cd.district_id = :district", "district")
                .with(filter.kind() == null ? null : filter.kind().name(), "cd.kind = :kind", "kind");
    }

    private static DelegateRow row(Object[] row) {
        return new DelegateRow(DelegateId.of(Columns.number(row[0])), MemberId.of(Columns.number(row[1])),
                Columns.text(row[2]), Gender.valueOf(Columns.text(row[3])), Columns.text(row[4]),
                DistrictId.of(Columns.number(row[5])), Columns.text(row[6]), DelegateKind.valueOf(Columns.text(row[7])),
                FoodPreference.valueOf(Columns.text(row[8])), Columns.flag(row[9]), Columns.instant(row[10]));
    }
}
