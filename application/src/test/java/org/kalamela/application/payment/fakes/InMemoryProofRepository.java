package org.kalamela.application.payment.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.proof.NewProof;
import org.kalamela.domain.payment.proof.Proof;
import org.kalamela.domain.payment.proof.ProofId;
import org.kalamela.domain.payment.proof.ProofRepository;

/** Proof records in memory; a storage key is recorded once, as the table's unique key says. */
public class InMemoryProofRepository implements ProofRepository {

    private final List<Proof> proofs = new ArrayList<>();

    @Override
    public synchronized Proof add(NewProof proof) {
        if (proofs.stream().anyMatch(p -> p.key().equals(proof.stored().key()))) {
            throw new IllegalStateException("payment_proofs_storage_key_uq: " + proof.stored().key());
        }
        Proof recorded = Proof.recorded(ProofId.of(proofs.size() + 1L), proof);
        proofs.add(recorded);
        return recorded;
    }

    @Override
    public synchronized Optional<Proof> find(ProofId id) {
        return proofs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Proof> ofPayment(PaymentId payment) {
        return proofs.stream().filter(p -> p.payment().equals(payment)).toList();
    }
}
