package org.kalamela.adapters.persistence.festival.fees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.fees.EntryCounts;
import org.kalamela.domain.festival.fees.FeeCountLookup;
import org.kalamela.domain.shared.id.DistrictId;

/** A district's entries and teams in an edition, counted in one statement (the scope indexes serve both). */
@ApplicationScoped
public class PostgresFeeCountLookup implements FeeCountLookup {

    private final EntityManager em;

    @Inject
    public PostgresFeeCountLookup(EntityManager em) {
        this.em = em;
    }

    @Override
    public EntryCounts countsOf(EditionYear edition, DistrictId district) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM individual_entries WHERE edition_year = ?1 AND district_id = ?2),
                               (SELECT count(*) FROM teams WHERE edition_year = ?1 AND district_id = ?2)""")
                .setParameter(1, edition.value()).setParameter(2, district.value()).getSingleResult();
        return new EntryCounts(Columns.number(row[0]), Columns.number(row[1]));
    }
}
