package org.kalamela.application.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
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
 * The switch both {@link DeactivateDistrictOfficial} and {@link ReactivateDistrictOfficial} turn (admin):
 * deactivation ends the official's sessions at once; reactivation is refused while another official of the
 * district is active. Not a bean: each use case makes its own.
 */
final class DistrictOfficialStatus {

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final AuditLog audit;
    private final Clock clock;

    DistrictOfficialStatus(AccountRepository accounts, SessionRepository sessions, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    AccountView change(AccountId id, boolean active, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        Account official = accounts.findById(id).filter(a -> a.role() == Role.DISTRICT_OFFICIAL)
                .orElseThrow(() -> new NotFound("district official", id));
        if (official.active() == active) {
            return AccountView.of(official);
        }
        if (active) {
            DistrictOfficialPolicy.checkReactivation(accounts.findActiveOfficial(official.districtId()).isPresent());
        }
        accounts.setActive(id, active);
        if (!active) {
            sessions.endAllOf(id, SessionEnd.DEACTIVATED, now);
        }
        audit.record(AuditEntry.by(actor, active ? "DISTRICT_OFFICIAL_REACTIVATED" : "DISTRICT_OFFICIAL_DEACTIVATED",
                "account", id, now, Map.of("username", official.username())));
        return AccountView.of(accounts.findById(id).orElseThrow());
    }
}
