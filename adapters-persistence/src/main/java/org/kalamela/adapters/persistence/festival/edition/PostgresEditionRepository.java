package org.kalamela.adapters.persistence.festival.edition;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.festival.AdvisoryLockKey;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Editions in {@code editions}, the rules as a JSON document ({@link RulesDocument}). The partial unique
 * index {@code editions_one_current_uq} keeps one edition current; switching takes the advisory lock
 * {@code festival/editions/current} so that two admins switching at once queue instead of colliding on it.
 */
@ApplicationScoped
public class PostgresEditionRepository implements EditionRepository {

    static final AdvisoryLockKey CURRENT_SWITCH = AdvisoryLockKey.of("festival/editions/current");

    private final EditionPanacheRepository editions;

    @Inject
    PostgresEditionRepository(EditionPanacheRepository editions) {
        this.editions = editions;
    }

    @Override
    public void create(Edition edition) {
        if (editions.findById(edition.year().value()) != null) {
            throw new RuleViolation(ErrorCode.EDITION_EXISTS, "The edition " + edition.year() + " exists already");
        }
        editions.persist(EditionMapper.toEntity(edition));
        SchemaConstraints.flush(editions.getEntityManager());
    }

    @Override
    public void update(Edition edition) {
        EditionMapper.copy(edition, require(edition.year()));
        editions.flush();
    }

    @Override
    public Optional<Edition> findByYear(EditionYear year) {
        return editions.findByIdOptional(year.value()).map(EditionMapper::toDomain);
    }

    @Override
    public List<Edition> findAll() {
        return editions.listAll(Sort.descending("year")).stream().map(EditionMapper::toDomain).toList();
    }

    @Override
    public Optional<Edition> findCurrent() {
        return currentOnes().stream().findFirst().map(EditionMapper::toDomain);
    }

    /**
     * Under the switch lock, re-reads the flags (another switch may have committed since this transaction
     * read them), clears the old one and flushes before setting the new one: the unique index is checked
     * row by row.
     */
    @Override
    public void markCurrent(EditionYear year) {
        CURRENT_SWITCH.acquire(editions.getEntityManager());
        EditionEntity target = require(year);
        editions.getEntityManager().refresh(target);
        if (target.current) {
            return;
        }
        for (EditionEntity previous : currentOnes()) {
            editions.getEntityManager().refresh(previous);
            previous.current = false;
        }
        editions.flush();
        target.current = true;
        editions.flush();
    }

    private List<EditionEntity> currentOnes() {
        return editions.list("current", true);
    }

    private EditionEntity require(EditionYear year) {
        EditionEntity entity = editions.findById(year.value());
        if (entity == null) {
            throw new IllegalStateException("no edition " + year);
        }
        return entity;
    }
}
