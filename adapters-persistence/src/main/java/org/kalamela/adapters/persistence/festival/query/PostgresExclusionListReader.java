package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.festival.query.ExclusionListReader;
import org.kalamela.application.festival.query.ExclusionRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The exclusions of an edition with the members' names: one query for the page and one for the total. */
@ApplicationScoped
public class PostgresExclusionListReader implements ExclusionListReader {

    private static final String LIST_FROM = " FROM festival_exclusions x JOIN members m ON m.id = x.member_id"
            + " JOIN units u ON u.id = m.unit_id JOIN districts d ON d.id = u.district_id"
            + " WHERE x.edition_year = :edition";

    private final EntityManager em;

    @Inject
    public PostgresExclusionListReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<ExclusionRow> list(EditionYear edition, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT x.id, x.member_id, m.name, u.name, d.name,"
                        + " x.reason, x.excluded_at" + LIST_FROM + " ORDER BY d.name, u.name, m.name, x.id"
                        + " LIMIT :limit OFFSET :offset")
                .setParameter("edition", edition.value())
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        long total = Columns.number(em.createNativeQuery("SELECT count(*)" + LIST_FROM)
                .setParameter("edition", edition.value())
                .getSingleResult());
        return Page.of(rows.stream().map(row -> new ExclusionRow(ExclusionId.of(Columns.number(row[0])),
                MemberId.of(Columns.number(row[1])), Columns.text(row[2]), Columns.text(row[3]),
                Columns.text(row[4]), Columns.text(row[5]), Columns.instant(row[6]))).toList(),
                page, total);
    }
}
