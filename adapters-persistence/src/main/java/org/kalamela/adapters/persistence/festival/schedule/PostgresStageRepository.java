package org.kalamela.adapters.persistence.festival.schedule;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Stages in {@code stages}; the unique key {@code stages_name_uq} (edition, upper(name)) is checked first so
 * that a refusal leaves the transaction usable, and translated by {@link SchemaConstraints} when two saves race.
 */
@ApplicationScoped
public class PostgresStageRepository implements StageRepository {

    private final StagePanacheRepository stages;

    @Inject
    PostgresStageRepository(StagePanacheRepository stages) {
        this.stages = stages;
    }

    @Override
    public Stage create(EditionYear edition, StageDetails details) {
        requireFreeName(edition, details.name(), 0);
        StageEntity entity = new StageEntity();
        entity.editionYear = edition.value();
        StageMapper.copy(details, entity);
        stages.persist(entity);
        SchemaConstraints.flush(stages.getEntityManager());
        return StageMapper.toDomain(entity);
    }

    @Override
    public void update(Stage stage) {
        StageEntity entity = stages.findByIdOptional(stage.id().value())
                .orElseThrow(() -> new IllegalStateException("no stage " + stage.id()));
        requireFreeName(stage.edition(), stage.name(), entity.id);
        StageMapper.copy(stage.details(), entity);
        SchemaConstraints.flush(stages.getEntityManager());
    }

    @Override
    public void delete(StageId id) {
        if (isReferenced(id)) {
            throw inUse();
        }
        SchemaConstraints.deleting(() -> {
            stages.deleteById(id.value());
            stages.flush();
        }, PostgresStageRepository::inUse);
    }

    @Override
    public Optional<Stage> findById(StageId id) {
        return stages.findByIdOptional(id.value()).map(StageMapper::toDomain);
    }

    @Override
    public List<Stage> findByEdition(EditionYear edition) {
        return stages.list("editionYear", Sort.by("name").and("id"), edition.value()).stream()
                .map(StageMapper::toDomain).toList();
    }

    /** Checked before deleting, so that a refusal leaves the transaction usable. */
    private boolean isReferenced(StageId id) {
        return stages.getEntityManager().createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM scheduled_events WHERE stage_id = ?1)
                            OR EXISTS (SELECT 1 FROM published_slots WHERE stage_id = ?1)""", Boolean.class)
                .setParameter(1, id.value())
                .getSingleResult().equals(Boolean.TRUE);
    }

    private static RuleViolation inUse() {
        return new RuleViolation(ErrorCode.STAGE_IN_USE, "The stage is in use and cannot be deleted");
    }

    private void requireFreeName(EditionYear edition, String name, long exceptId) {
        if (stages.count("editionYear = ?1 and id <> ?2 and upper(name) = upper(?3)", edition.value(), exceptId,
                name) > 0) {
            throw new RuleViolation(ErrorCode.STAGE_NAME_TAKEN, "The edition already has a stage named " + name);
        }
    }
}
