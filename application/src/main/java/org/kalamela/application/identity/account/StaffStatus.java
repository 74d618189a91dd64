package org.kalamela.application.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.DistrictOfficialPolicy;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The switch the admin turns on a district official's or a judge's account ({@link StaffKind}): deactivation
 * ends the account's sessions at once; reactivating an official is refused while another official of the
 * district is active. An account of another kind is not found. Idempotent; audited as
 * {@code <KIND>_DEACTIVATED} or {@code <KIND>_REACTIVATED}. Not a bean: each use case makes its own.
 */
final class StaffStatus {

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final AuditLog audit;
    private final Clock clock;

    StaffStatus(AccountRepository accounts, SessionRepository sessions, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    AccountView change(StaffKind kind, AccountId id, boolean active, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        Account account = accounts.findById(id).filter(a -> a.role() == kind.role())
                .orElseThrow(() -> new NotFound(kind.noun(), id));
        if (account.active() == active) {
            return AccountView.of(account);
        }
        if (active && kind == StaffKind.DISTRICT_OFFICIAL) {
            DistrictOfficialPolicy.checkReactivation(accounts.findActiveOfficial(account.districtId()).isPresent());
        }
        accounts.setActive(id, active);
        if (!active) {
            sessions.endAllOf(id, SessionEnd.DEACTIVATED, now);
        }
        audit.record(AuditEntry.by(actor, kind.action(active ? "REACTIVATED" : "DEACTIVATED"), "account", id, now,
                Map.of("username", account.username())));
        return AccountView.of(accounts.findById(id).orElseThrow());
    }

    /** The account if it is of the kind; any other is not found (admin). */
    static AccountView show(AccountRepository accounts, StaffKind kind, AccountId id, Actor actor) {
        actor.require(Role.ADMIN);
        return (id == null ? Optional.<Account>empty() : accounts.findById(id))
                .filter(account -> account.role() == kind.role())
                .map(AccountView::of)
                .orElseThrow(() -> new NotFound("account", id));
    }
}
