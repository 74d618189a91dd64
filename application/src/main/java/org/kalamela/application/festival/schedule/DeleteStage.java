package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.schedule.SchedulePublicationRepository;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.StageRemovalPolicy;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/** The admin deletes a stage nothing is scheduled on and the published schedule does not name. */
@UseCase
public class DeleteStage {

    private final StageRepository stages;
    private final StageLookup lookup;
    private final ScheduleRepository plan;
    private final SchedulePublicationRepository publications;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DeleteStage(StageRepository stages, StageLookup lookup, ScheduleRepository plan,
                       SchedulePublicationRepository publications, AuditLog audit, Clock clock) {
        this.stages = stages;
        this.lookup = lookup;
        this.plan = plan;
        this.publications = publications;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code STAGE_IN_USE} */
    @Transactional
    public void execute(StageId id, Actor actor) {
        actor.require(Role.ADMIN);
        Stage stage = lookup.require(id);
        StageRemovalPolicy.checkDelete(stage, plan.isScheduledOn(id), publications.publishesStage(id));
        stages.delete(id);
        audit.record(AuditEntry.by(actor, "STAGE_DELETED", "stage", id, clock.instant(), Map.of(
                "edition", stage.edition().toString(), "name", stage.name())));
    }
}
