package org.kalamela.application.payment.proof;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.kalamela.domain.payment.proof.ProofKey;
import org.kalamela.domain.payment.proof.ProofStorage;

/**
 * A stored file is outside the database's transaction: when the transaction that records it does not commit
 * (a later step fails, the request is abandoned), the file would stay behind with nothing pointing at it.
 * This deletes it once the transaction has ended other than committed.
 */
@ApplicationScoped
public class StoredProofCleanup {

    private final TransactionSynchronizationRegistry transactions;
    private final ProofStorage storage;

    @Inject
    public StoredProofCleanup(TransactionSynchronizationRegistry transactions, ProofStorage storage) {
        this.transactions = transactions;
        this.storage = storage;
    }

    /** Deletes the stored file after the current transaction unless it commits. */
    public void deleteUnlessCommitted(ProofKey key) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the outcome is known.
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    storage.delete(key);
                }
            }
        });
    }
}
