package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.judging.PanelPolicy;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin seats a judge on an event's panel ({@link PanelPolicy}: an active judge account, once, up to the
 * edition's judges per event, while the result is SCORING), with an empty sheet. The event's judging lock is
 * taken first, so two admins seating judges at once cannot overfill the panel. Audited {@code JUDGE_ASSIGNED}.
 */
@UseCase
public class AssignJudge {

    private final JudgedEvent judged;
    private final Panels panels;
    private final JudgeSheetRepository sheets;
    private final AccountRepository accounts;
    private final JudgingLocks locks;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AssignJudge(FestivalEventRepository events, EditionRepository editions, CriteriaRepository criteria,
                       DrawRepository draws, EventResultRepository results, JudgeSheetRepository sheets,
                       AccountRepository accounts, JudgingLocks locks, AuditLog audit, Clock clock) {
        this.judged = new JudgedEvent(events, editions, criteria, draws, results);
        this.panels = new Panels(judged, sheets, accounts);
        this.sheets = sheets;
        this.accounts = accounts;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param judge the judge's account id, null when the request named none (a field error)
     * @throws NotFound for an unknown event, or an id that is no account (an account of another role or an
     *         inactive judge is refused as not a judge)
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code NOT_A_JUDGE}, {@code ALREADY_ON_PANEL},
     *         {@code PANEL_FULL}, {@code ILLEGAL_RESULT_TRANSITION}
     */
    @Transactional
    public PanelView execute(EventId event, AccountId judge, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(judge, "judgeId").throwIfInvalid();
        judged.require(event);
        locks.lockEvent(event);
        JudgedEvent.Facts facts = judged.facts(event);
        Account account = (judge == null ? Optional.<Account>empty() : accounts.findById(judge))
                .orElseThrow(() -> new NotFound(ErrorCode.NOT_FOUND, "No account has the id " + judge));
        int seated = sheets.panel(event).size();
        new PanelPolicy(facts.edition().rules()).checkAssign(account.role(), account.active(),
                sheets.find(event, judge).isPresent(), seated, facts.stillScoring());
        Instant now = clock.instant();
        sheets.assign(event, judge, actor.accountId(), now);
        audit.record(AuditEntry.by(actor, "JUDGE_ASSIGNED", "event", event, now, Map.of(
                "event", facts.event().name(), "judge", account.username(),
                "seat", (seated + 1) + " of " + facts.edition().rules().judgesPerEvent())));
        return panels.view(event);
    }
}
