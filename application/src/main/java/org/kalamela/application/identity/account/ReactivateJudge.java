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

/** The admin reactivates a judge. Idempotent. */
@UseCase
public class ReactivateJudge {

    private final StaffStatus status;

    @Inject
    public ReactivateJudge(AccountRepository accounts, SessionRepository sessions, AuditLog audit, Clock clock) {
        this.status = new StaffStatus(accounts, sessions, audit, clock);
    }

    @Transactional
    public AccountView execute(AccountId id, Actor actor) {
        return status.change(StaffKind.JUDGE, id, true, actor);
    }
}
