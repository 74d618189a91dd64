package org.kalamela.bootstrap.contract;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.kalamela.application.shared.contract.AuditTrailContract;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.AuditTrail;
import org.kalamela.domain.shared.id.AccountId;

@QuarkusTest
@TestTransaction
class PostgresAuditLogContractTest extends AuditTrailContract {

    @Inject
    AuditLog auditLog;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AccountRepository accounts;

    @Override
    protected AuditLog auditLog() {
        return auditLog;
    }

    @Override
    protected AuditTrail auditTrail() {
        return auditTrail;
    }

    /** The audit log refers to accounts by a foreign key, so the actor is a real account. */
    @Override
    protected AccountId anActor() {
        String username = "auditor-" + UUID.randomUUID();
        return accounts.create(new NewAccount(username, null, null, "Auditor", "hash", Role.ADMIN, null, null));
    }
}
