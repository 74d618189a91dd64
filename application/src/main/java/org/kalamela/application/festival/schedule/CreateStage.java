package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;
import org.kalamela.domain.festival.schedule.StageNamePolicy;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.validation.Validation;

/** The admin adds a stage (a venue) to the current edition; its name is unique in the edition. */
@UseCase
public class CreateStage {

    private final StageRepository stages;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public CreateStage(StageRepository stages, CurrentEdition editions, AuditLog audit, Clock clock) {
        this.stages = stages;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code STAGE_NAME_TAKEN} */
    @Transactional
    public Stage execute(StageDetails details, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(details, "body").throwIfInvalid();
        EditionYear edition = editions.require().year();
        StageNamePolicy.checkUnique(details.name(), stages.findByEdition(edition).stream().map(Stage::name).toList());
        Stage stage = stages.create(edition, details);
        audit.record(AuditEntry.by(actor, "STAGE_CREATED", "stage", stage.id(), clock.instant(), Map.of(
                "edition", edition.toString(), "name", details.name(), "location", details.location(),
                "capacity", details.capacity().toString())));
        return stage;
    }
}
