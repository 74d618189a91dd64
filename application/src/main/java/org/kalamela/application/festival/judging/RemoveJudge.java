package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.judging.PanelPolicy;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The admin takes a judge off an event's panel, only while their sheet has no mark and the result is SCORING
 * ({@link PanelPolicy#checkRemove}), under the event's judging lock, so a sheet cannot get its first mark in
 * between. A judge who does not sit on the panel is not found. Audited {@code JUDGE_UNASSIGNED}.
 */
@UseCase
public class RemoveJudge {

    private final JudgedEvent judged;
    private final JudgeSheetRepository sheets;
    private final AccountRepository accounts;
    private final JudgingLocks locks;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public RemoveJudge(FestivalEventRepository events, EditionRepository editions, CriteriaRepository criteria,
                       DrawRepository draws, EventResultRepository results, JudgeSheetRepository sheets,
                       AccountRepository accounts, JudgingLocks locks, AuditLog audit, Clock clock) {
        this.judged = new JudgedEvent(events, editions, criteria, draws, results);
        this.sheets = sheets;
        this.accounts = accounts;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws NotFound for an unknown event or a judge not on its panel
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code JUDGE_HAS_MARKS},
     *         {@code ILLEGAL_RESULT_TRANSITION}
     */
    @Transactional
    public void execute(EventId event, AccountId judge, Actor actor) {
        actor.require(Role.ADMIN);
        judged.require(event);
        locks.lockEvent(event);
        JudgedEvent.Facts facts = judged.facts(event);
        JudgeSheet sheet = (judge == null ? java.util.Optional.<JudgeSheet>empty() : sheets.find(event, judge))
                .orElseThrow(() -> new NotFound(ErrorCode.NOT_FOUND, "The judge does not sit on the event's panel"));
        PanelPolicy.checkRemove(!sheet.marks().isEmpty(), facts.stillScoring());
        sheets.unassign(event, judge);
        String username = accounts.findById(judge).map(a -> a.username()).orElse(judge.toString());
        audit.record(AuditEntry.by(actor, "JUDGE_UNASSIGNED", "event", event, clock.instant(), Map.of(
                "event", facts.event().name(), "judge", username)));
    }
}
