package org.kalamela.application.festival.result;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.certificate.CertificateIssuer;
import org.kalamela.application.festival.judging.EventJudging;
import org.kalamela.application.festival.judging.ResultComputation;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The admin publishes a result under appeal again: its ranks and points recomputed for the whole event from
 * the corrected sheets and written over the published entry results in the same transaction (until now the
 * public saw the published ones, ADR-17), under the same result number as the next revision. The event's valid
 * certificates are voided and new ones issued from the revision in the same transaction (ADR-19). Audited.
 */
@UseCase
public class RepublishResult {

    private final EventJudging judging;
    private final JudgingLocks locks;
    private final EventResultRepository results;
    private final ResultComputation computation;
    private final EventResultViews views;
    private final CertificateIssuer certificates;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public RepublishResult(EventJudging judging, JudgingLocks locks, EventResultRepository results,
                           ResultComputation computation, EventResultViews views, CertificateIssuer certificates,
                           AuditLog audit, Clock clock) {
        this.judging = judging;
        this.locks = locks;
        this.results = results;
        this.computation = computation;
        this.views = views;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code ILLEGAL_RESULT_TRANSITION} unless under appeal */
    @Transactional
    public EventResultView execute(EventId eventId, Actor actor) {
        actor.require(Role.ADMIN);
        Edition edition = judging.edition();
        FestivalEvent event = judging.event(edition, eventId);
        locks.lockEvent(eventId);
        Instant now = clock.instant();
        EventResult republished = judging.result(eventId)
                .orElseGet(() -> EventResult.scoring(eventId, edition.year()))
                .republish(now, actor.accountId());
        List<EntryResult> revised = computation.revision(eventId, edition);
        results.save(republished);
        results.replaceEntries(republished, revised);
        certificates.issueFor(republished, actor);
        audit.record(AuditEntry.by(actor, "RESULT_REPUBLISHED", "event", eventId, now, Map.of(
                "resultNumber", Integer.toString(republished.publication().orElseThrow().resultNumber()),
                "revision", Integer.toString(republished.revision()))));
        return views.of(event, edition, republished);
    }
}
