package org.kalamela.application.payment.fakes;

import org.kalamela.application.payment.contract.ProofStorageContract;
import org.kalamela.domain.payment.proof.ProofStorage;

class InMemoryProofStorageContractTest extends ProofStorageContract {

    private final InMemoryProofStorage storage = new InMemoryProofStorage();

    @Override
    protected ProofStorage storage() {
        return storage;
    }

    @Override
    protected long filesHeld() {
        return storage.size();
    }
}
