package org.kalamela.application.festival.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.festival.query.AppealTarget;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealFilingPolicy;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.appeal.AppealStatement;
import org.kalamela.domain.festival.appeal.AppealWindow;
import org.kalamela.domain.festival.appeal.NewAppeal;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Files an appeal once its appellant is known to be entitled: under the event's judging lock (so it sees the
 * result as published, and a racing filing for the same entry waits), inside the window on the server's clock,
 * the first for its entry (the store's unique key holds that too). Audited, with the appellant's account or as
 * public. Runs inside the calling use case's transaction.
 */
@ApplicationScoped
public class AppealFiling {

    private final AppealRepository appeals;
    private final EventResultRepository results;
    private final JudgingLocks locks;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AppealFiling(AppealRepository appeals, EventResultRepository results, JudgingLocks locks, AuditLog audit,
                        Clock clock) {
        this.appeals = appeals;
        this.results = results;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param filedBy the official's account and name, or empty for a public appeal
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code APPEAL_RESULT_NOT_PUBLISHED}, {@code APPEAL_WINDOW_CLOSED},
     *         {@code APPEAL_ALREADY_FILED}
     */
    public Appeal file(Edition edition, AppealTarget target, AppealStatement statement,
                       Optional<Filer> filedBy) {
        Instant now = clock.instant();
        locks.lockEvent(target.event());
        AppealWindow.checkOpen(results.find(target.event()), now, edition.rules().appealWindow());
        AppealFilingPolicy.checkFirst(appeals.existsFor(target.performer()));
        Appeal appeal = appeals.add(new NewAppeal(target.event(), edition.year(), target.performer(),
                target.district(), filedBy.map(Filer::account), statement, now));
        audit.record(new AuditEntry(filedBy.map(Filer::account).orElse(null),
                filedBy.map(Filer::name).orElse("public"), "APPEAL_FILED", "appeal", appeal.id().toString(), now,
                Map.of("eventId", target.event().toString(), "districtId", target.district().toString(),
                        "performer", (target.performer().isTeam() ? "team " : "entry ") + target.performer().id())));
        return appeal;
    }

    /** The signed-in official who files. */
    public record Filer(AccountId account, String name) {
    }
}
