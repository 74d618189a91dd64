package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.ChestNumberListReader;
import org.kalamela.application.festival.query.ChestNumberListRow;
import org.kalamela.domain.festival.chest.NumberedDistrict;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The chest-number list: the districts in one query, then each district's sheet streamed from one query
 * through a cursor, the member's events joined into one cell by the query ({@code string_agg}).
 */
@ApplicationScoped
public class PostgresChestNumberListReader implements ChestNumberListReader {

    private final EntityManager em;

    @Inject
    public PostgresChestNumberListReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<NumberedDistrict> districts(EditionYear edition) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DISTINCT d.id, d.name FROM chest_numbers c JOIN members m ON m.id = c.member_id
                        JOIN units u ON u.id = m.unit_id JOIN districts d ON d.id = u.district_id
                        WHERE c.edition_year = ?1 AND c.is_current ORDER BY d.name, d.id""")
                .setParameter(1, edition.value())
                .getResultList();
        return rows.stream()
                .map(row -> new NumberedDistrict(DistrictId.of(Columns.number(row[0])),
                        Columns.text(row[1])))
                .toList();
    }

    @Override
    public RowSource<ChestNumberListRow> chestNumbers(EditionYear edition, DistrictId district) {
        SqlFilter where = new SqlFilter()
                .with(edition.value(), "c.edition_year = :edition", "edition")
                .with(district.value(), "u.district_id = :district", "district");
        return FestivalCursor.rows(em, """
                        SELECT c.number, m.name, u.name,
                               COALESCE((SELECT string_agg(e.name, ', ' ORDER BY e.id)
                                         FROM individual_entries ie JOIN festival_events e ON e.id = ie.event_id
                                         WHERE ie.edition_year = c.edition_year AND ie.member_id = c.member_id), '')
                        FROM chest_numbers c JOIN members m ON m.id = c.member_id JOIN units u ON u.id = m.unit_id"""
                        + where.where() + " AND c.is_current ORDER BY c.number",
                where, row -> new ChestNumberListRow(ChestNumber.of(Columns.integer(row[0])),
                        Columns.text(row[1]), Columns.text(row[2]), Columns.text(row[3])));
    }
}
