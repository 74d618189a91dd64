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

/** The admin reactivates a district official, unless another official of the district is active. Idempotent. */
@UseCase
public class ReactivateDistrictOfficial {

    private final StaffStatus status;

    @Inject
    public ReactivateDistrictOfficial(AccountRepository accounts, SessionRepository sessions, AuditLog audit,
                                      Clock clock) {
        this.status = new StaffStatus(accounts, sessions, audit, clock);
    }

    @Transactional
    public AccountView execute(AccountId id, Actor actor) {
        return status.change(StaffKind.DISTRICT_OFFICIAL, id, true, actor);
    }
}
