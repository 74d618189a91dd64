package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** The admin's list of the current edition's stages, by name. */
@UseCase
public class ListStages {

    private final StageRepository stages;
    private final CurrentEdition editions;

    @Inject
    public ListStages(StageRepository stages, CurrentEdition editions) {
        this.stages = stages;
        this.editions = editions;
    }

    @Transactional
    public List<Stage> execute(Actor actor) {
        actor.require(Role.ADMIN);
        return stages.findByEdition(editions.require().year());
    }
}
