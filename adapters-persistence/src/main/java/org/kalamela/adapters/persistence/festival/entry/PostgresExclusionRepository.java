package org.kalamela.adapters.persistence.festival.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.Exclusion;
import org.kalamela.domain.festival.entry.ExclusionId;
import org.kalamela.domain.festival.entry.ExclusionRepository;
import org.kalamela.domain.festival.entry.ExclusionRow;
import org.kalamela.domain.festival.entry.NewExclusion;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Exclusions in {@code festival_exclusions}, one per member and edition (the unique key
 * {@code festival_exclusions_once}, checked first so that a refusal leaves the transaction usable).
 */
@ApplicationScoped
public class PostgresExclusionRepository implements ExclusionRepository {

    private final ExclusionPanacheRepository exclusions;

    @Inject
    PostgresExclusionRepository(ExclusionPanacheRepository exclusions) {
        this.exclusions = exclusions;
    }

    private static final String LIST_FROM = " FROM festival_exclusions x JOIN members m ON m.id = x.member_id"
            + " JOIN units u ON u.id = m.unit_id JOIN districts d ON d.id = u.district_id"
            + " WHERE x.edition_year = :edition";

    @Override
    public ExclusionId create(NewExclusion exclusion) {
        if (findByMember(exclusion.edition(), exclusion.memberId()).isPresent()) {
            throw new RuleViolation("ALREADY_EXCLUDED", "Member " + exclusion.memberId()
                    + " is already excluded from edition " + exclusion.edition());
        }
        ExclusionEntity entity = ExclusionMapper.toEntity(exclusion);
        exclusions.persist(entity);
        SchemaConstraints.flush(exclusions.getEntityManager());
        return ExclusionId.of(entity.id);
    }

    @Override
    public Optional<Exclusion> findById(ExclusionId id) {
        return exclusions.findByIdOptional(id.value()).map(ExclusionMapper::toDomain);
    }

    @Override
    public Optional<Exclusion> findByMember(EditionYear edition, MemberId member) {
        return exclusions.find("editionYear = ?1 and memberId = ?2", edition.value(), member.value())
                .firstResultOptional()
                .map(ExclusionMapper::toDomain);
    }

    @Override
    public void delete(ExclusionId id) {
        exclusions.deleteById(id.value());
        exclusions.flush();
    }

    /** One query for the page and one for the total. */
    @Override
    public Page<ExclusionRow> list(EditionYear edition, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = exclusions.getEntityManager()
                .createNativeQuery("SELECT x.id, x.member_id, m.name, u.name, d.name,"
                        + " x.reason, x.excluded_at" + LIST_FROM + " ORDER BY d.name, u.name, m.name, x.id"
                        + " LIMIT :limit OFFSET :offset")
                .setParameter("edition", edition.value())
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        long total = Columns.number(exclusions.getEntityManager().createNativeQuery("SELECT count(*)" + LIST_FROM)
                .setParameter("edition", edition.value())
                .getSingleResult());
        return Page.of(rows.stream().map(row -> new ExclusionRow(ExclusionId.of(Columns.number(row[0])),
                MemberId.of(Columns.number(row[1])), Columns.text(row[2]), Columns.text(row[3]),
                Columns.text(row[4]), Columns.text(row[5]), Columns.instant(row[6]))).toList(),
                page, total);
    }
}
