package org.kalamela.adapters.persistence.festival.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.festival.AdvisoryLockKey;
import org.kalamela.adapters.persistence.festival.FestivalConstraints;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Editions in {@code editions}, the rules as a JSON document ({@link RulesDocument}). The partial unique
 * index {@code editions_one_current_uq} keeps one edition current; switching takes the advisory lock
 * {@code festival/editions/current} so that two admins switching at once queue instead of colliding on it.
 * (Not a Panache repository: the port's {@code findAll()} would clash with Panache's.)
 */
@ApplicationScoped
public class JpaEditionRepository implements EditionRepository {

    static final AdvisoryLockKey CURRENT_SWITCH = AdvisoryLockKey.of("festival/editions/current");

    private final EntityManager em;

    @Inject
    public JpaEditionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void create(Edition edition) {
        if (em.find(EditionEntity.class, edition.year().value()) != null) {
            throw new RuleViolation("EDITION_EXISTS", "The edition " + edition.year() + " exists already");
        }
        EditionEntity entity = new EditionEntity();
        entity.year = edition.year().value();
        copy(edition, entity);
        em.persist(entity);
        FestivalConstraints.flush(em);
    }

    @Override
    public void update(Edition edition) {
        copy(edition, require(edition.year()));
        em.flush();
    }

    @Override
    public Optional<Edition> findByYear(EditionYear year) {
        return Optional.ofNullable(em.find(EditionEntity.class, year.value())).map(JpaEditionRepository::toDomain);
    }

    @Override
    public List<Edition> findAll() {
        return em.createQuery("from EditionEntity order by year desc", EditionEntity.class).getResultList().stream()
                .map(JpaEditionRepository::toDomain).toList();
    }

    @Override
    public Optional<Edition> findCurrent() {
        return currentOnes().stream().findFirst().map(JpaEditionRepository::toDomain);
    }

    /**
     * Under the switch lock, re-reads the flags (another switch may have committed since this transaction
     * read them), clears the old one and flushes before setting the new one: the unique index is checked
     * row by row.
     */
    @Override
    public void markCurrent(EditionYear year) {
        CURRENT_SWITCH.acquire(em);
        EditionEntity target = require(year);
        em.refresh(target);
        if (target.current) {
            return;
        }
        for (EditionEntity previous : currentOnes()) {
            em.refresh(previous);
            previous.current = false;
        }
        em.flush();
        target.current = true;
        em.flush();
    }

    private List<EditionEntity> currentOnes() {
        return em.createQuery("from EditionEntity where current = true", EditionEntity.class).getResultList();
    }

    private EditionEntity require(EditionYear year) {
        EditionEntity entity = em.find(EditionEntity.class, year.value());
        if (entity == null) {
            throw new IllegalStateException("no edition " + year);
        }
        return entity;
    }

    private static void copy(Edition edition, EditionEntity entity) {
        entity.rules = RulesDocument.toJson(edition.rules());
        entity.registrationOpens = edition.registrationWindow().opens();
        entity.registrationCloses = edition.registrationWindow().closes();
    }

    private static Edition toDomain(EditionEntity e) {
        return new Edition(EditionYear.of(e.year), RulesDocument.fromJson(e.rules),
                new RegistrationWindow(e.registrationOpens, e.registrationCloses));
    }
}
