package org.kalamela.application.festival.appeal;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealReply;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.appeal.ResultBefore;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The admin decides an appeal whose fee is confirmed, with a mandatory reply ({@code POST …/{id}/reply}).
 * Accepting refunds the fee and puts the event's result {@code UNDER_APPEAL} (unless another accepted appeal
 * has already), so its marks may be revised with a reason and the result republished; rejecting keeps the fee.
 * The entry's published result is kept with the decision for the letter. Under the event's judging lock, so a
 * decision and a republication of the event happen one after the other. Audited.
 */
@UseCase
public class DecideAppeal {

    private final AppealDetailsAssembler assembler;
    private final AppealRepository appeals;
    private final EventResultRepository results;
    private final JudgingLocks locks;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DecideAppeal(AppealDetailsAssembler assembler, AppealRepository appeals, EventResultRepository results,
                        JudgingLocks locks, AuditLog audit, Clock clock) {
        this.assembler = assembler;
        this.appeals = appeals;
        this.results = results;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(boolean accept, AppealReply reply) {

        public Command {
            Objects.requireNonNull(reply, "reply");
        }
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND}
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code ILLEGAL_APPEAL_TRANSITION} unless the fee is
     *         confirmed and the appeal undecided
     */
    @Transactional
    public AppealDetails execute(AppealId id, Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        // The event's lock first, as a republication takes it, then the appeal's: always in that order.
        locks.lockEvent(assembler.visible(id, actor).event());
        Appeal appeal = assembler.lockVisible(id, actor);
        EventResult result = results.find(appeal.event()).orElseThrow();
        Optional<ResultBefore> before = results.entries(appeal.event()).stream()
                .filter(entry -> entry.performer().equals(appeal.performer())).findFirst()
                .map(entry -> new ResultBefore(result.revision(), entry.mark(), entry.grade().letter().orElse(null),
                        entry.rank(), entry.points()));
        Appeal decided = command.accept()
                ? appeal.accepted(command.reply(), actor.accountId(), now, before)
                : appeal.rejected(command.reply(), actor.accountId(), now, before);
        appeals.save(decided);
        if (command.accept() && result.state() == EventResultState.PUBLISHED) {
            results.save(result.openAppeal());
        }
        audit.record(AuditEntry.by(actor, command.accept() ? "APPEAL_ACCEPTED" : "APPEAL_REJECTED", "appeal", id, now,
                Map.of("reply", command.reply().text(), "fee", decided.decision().orElseThrow().fee().name(),
                        "eventId", appeal.event().toString())));
        return assembler.of(decided);
    }
}
