package org.kalamela.domain.festival.schedule;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * Outbound port: the stages of the editions. A unique key on {@code (edition, upper(name))} backs
 * {@link StageNamePolicy} against two admins saving at once: the adapter then throws the same
 * {@code RuleViolation}, {@code STAGE_NAME_TAKEN}.
 */
public interface StageRepository {

    /** Stores a new stage; its id is positive and never reused. */
    Stage create(EditionYear edition, StageDetails details);

    /** Replaces the stage's details; its id and edition never change. */
    void update(Stage stage);

    /**
     * Deletes a stage. The caller has checked that nothing refers to it; should an event have been scheduled
     * on it since, the foreign key refuses and the adapter throws the {@code RuleViolation} {@code STAGE_IN_USE}.
     */
    void delete(StageId id);

    Optional<Stage> findById(StageId id);

    /** The edition's stages by name. */
    List<Stage> findByEdition(EditionYear edition);
}
