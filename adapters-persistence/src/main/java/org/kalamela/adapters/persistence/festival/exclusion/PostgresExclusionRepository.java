package org.kalamela.adapters.persistence.festival.exclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.exclusion.Exclusion;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;
import org.kalamela.domain.festival.exclusion.NewExclusion;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;

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


    @Override
    public ExclusionId create(NewExclusion exclusion) {
        if (findByMember(exclusion.edition(), exclusion.memberId()).isPresent()) {
            throw new RuleViolation(ErrorCode.ALREADY_EXCLUDED, "Member " + exclusion.memberId()
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
}
