package org.kalamela.application.festival.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.shared.error.NotFound;

/** Finds a stage of the current edition; a stage of another edition is not found. */
@ApplicationScoped
public class StageLookup {

    private final StageRepository stages;
    private final CurrentEdition editions;

    @Inject
    public StageLookup(StageRepository stages, CurrentEdition editions) {
        this.stages = stages;
        this.editions = editions;
    }

    /** @throws NotFound {@code NOT_FOUND} (stage), {@code NO_CURRENT_EDITION} */
    public Stage require(StageId id) {
        return stages.findById(id)
                .filter(stage -> stage.edition().equals(editions.require().year()))
                .orElseThrow(() -> new NotFound("Stage", id));
    }
}
