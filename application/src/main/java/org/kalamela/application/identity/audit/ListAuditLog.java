package org.kalamela.application.identity.audit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditFilter;
import org.kalamela.domain.shared.audit.AuditRecord;
import org.kalamela.domain.shared.audit.AuditTrail;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The audit log for admins, newest first, filtered by actor, action and time. */
@UseCase
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
