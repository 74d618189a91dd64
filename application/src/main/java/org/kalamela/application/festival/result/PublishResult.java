package org.kalamela.application.festival.result;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.certificate.CertificateIssuer;
import org.kalamela.application.festival.judging.EventJudging;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.ResultNumberSequence;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The admin publishes a tabulated result: the timestamp and the edition's next result number, under the
 * event's judging lock, so two admins publishing at once give one number (the second finds it published and
 * is refused). Its entry results are already stored, so publishing writes one row; the public reads see it at
 * their next request, on every instance, through the results fingerprint (ADR-10). The event's certificates are
 * issued in the same transaction (ADR-19). Audited.
 */
@UseCase
public class PublishResult {

    private final EventJudging judging;
    private final JudgingLocks locks;
    private final EventResultRepository results;
    private final ResultNumberSequence numbers;
    private final EventResultViews views;
    private final CertificateIssuer certificates;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PublishResult(EventJudging judging, JudgingLocks locks, EventResultRepository results,
                         ResultNumberSequence numbers, EventResultViews views, CertificateIssuer certificates,
                         AuditLog audit, Clock clock) {
        this.judging = judging;
        this.locks = locks;
        this.results = results;
        this.numbers = numbers;
        this.views = views;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code ILLEGAL_RESULT_TRANSITION} unless tabulated */
    @Transactional
    public EventResultView execute(EventId eventId, Actor actor) {
        actor.require(Role.ADMIN);
        Edition edition = judging.edition();
        FestivalEvent event = judging.event(edition, eventId);
        locks.lockEvent(eventId);
        Instant now = clock.instant();
        EventResult published = judging.result(eventId)
                .orElseGet(() -> EventResult.scoring(eventId, edition.year()))
                .publish(() -> numbers.next(edition.year()), now, actor.accountId());
        results.save(published);
        certificates.issueFor(published, actor);
        int number = published.publication().orElseThrow().resultNumber();
        audit.record(AuditEntry.by(actor, "RESULT_PUBLISHED", "event", eventId, now,
                Map.of("resultNumber", Integer.toString(number), "revision", Integer.toString(published.revision()))));
        return views.of(event, edition, published);
    }
}
