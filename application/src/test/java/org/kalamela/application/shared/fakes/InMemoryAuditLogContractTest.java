package org.kalamela.application.shared.fakes;

import org.kalamela.application.shared.contract.AuditTrailContract;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.AuditTrail;
import org.kalamela.domain.shared.id.AccountId;

class InMemoryAuditLogContractTest extends AuditTrailContract {

    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    @Override
    protected AuditLog auditLog() {
        return audit;
    }

    @Override
    protected AuditTrail auditTrail() {
        return audit;
    }

    @Override
    protected AccountId anActor() {
        return AccountId.of(1);
    }
}
