package org.kalamela.application.payment.fakes;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transaction a use-case test runs in, for the code that acts on its outcome: the test ends it with
 * {@link #commit()} or {@link #rollBack()}, which runs the registered synchronizations as the transaction
 * manager would.
 */
public class FakeTransactions implements TransactionSynchronizationRegistry {

    private final List<Synchronization> synchronizations = new ArrayList<>();
    private final Map<Object, Object> resources = new HashMap<>();
    private boolean rollbackOnly;

    @Override
    public Object getTransactionKey() {
        return this;
    }

    @Override
    public void putResource(Object key, Object value) {
        resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
        return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
        return rollbackOnly ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        rollbackOnly = true;
    }

    @Override
    public boolean getRollbackOnly() {
        return rollbackOnly;
    }

    public void commit() {
        end(rollbackOnly ? Status.STATUS_ROLLEDBACK : Status.STATUS_COMMITTED);
    }

    public void rollBack() {
        end(Status.STATUS_ROLLEDBACK);
    }

    private void end(int status) {
        List<Synchronization> ending = List.copyOf(synchronizations);
        synchronizations.clear();
        resources.clear();
        rollbackOnly = false;
        ending.forEach(Synchronization::beforeCompletion);
        ending.forEach(sync -> sync.afterCompletion(status));
    }
}
