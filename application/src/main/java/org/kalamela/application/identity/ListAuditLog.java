package org.kalamela.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.domain.shared.Actor;
import org.kalamela.domain.shared.AuditFilter;
import org.kalamela.domain.shared.AuditRecord;
import org.kalamela.domain.shared.AuditTrail;
import org.kalamela.domain.shared.Page;
import org.kalamela.domain.shared.PageRequest;
import org.kalamela.domain.shared.Role;

/** The audit log for admins, newest first, filtered by actor, action and time. */
@ApplicationScoped
public class ListAuditLog {

    private final AuditTrail trail;

    @Inject
    public ListAuditLog(AuditTrail trail) {
        this.trail = trail;
    }

    @Transactional
    public Page<AuditRecord> execute(AuditFilter filter, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return trail.find(filter, page);
    }
}
