package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.AccountId;

/** The admin deactivates a judge: their sessions end at once and they sit on no new panel; the panels they sit on keep them. Idempotent. */
@UseCase
public class DeactivateJudge {

    private final StaffStatus status;

    @Inject
    public DeactivateJudge(AccountRepository accounts, SessionRepository sessions, AuditLog audit, Clock clock) {
        this.status = new StaffStatus(accounts, sessions, audit, clock);
    }

    @Transactional
    public AccountView execute(AccountId id, Actor actor) {
        return status.change(StaffKind.JUDGE, id, false, actor);
    }
}
