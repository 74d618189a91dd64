package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.StageNamePolicy;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.Changes;
import org.kalamela.domain.shared.validation.Validation;

/** The admin changes a stage of the current edition: name, location, capacity, audited with what changed. */
@UseCase
public class EditStage {

    private final StageRepository stages;
    private final StageLookup lookup;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public EditStage(StageRepository stages, StageLookup lookup, AuditLog audit, Clock clock) {
        this.stages = stages;
        this.lookup = lookup;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code STAGE_NAME_TAKEN} */
    @Transactional
    public Stage execute(StageId id, StageDetails details, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(details, "body").throwIfInvalid();
        Stage before = lookup.require(id);
        StageNamePolicy.checkUnique(details.name(), stages.findByEdition(before.edition()).stream()
                .filter(other -> !other.id().equals(id)).map(Stage::name).toList());
        Stage after = before.with(details);
        stages.update(after);
        audit.record(AuditEntry.by(actor, "STAGE_EDITED", "stage", id, clock.instant(),
                Changes.between(before.details(), details)));
        return after;
    }
}
