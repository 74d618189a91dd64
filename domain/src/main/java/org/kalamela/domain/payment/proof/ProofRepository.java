package org.kalamela.domain.payment.proof;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.payment.payment.PaymentId;

/** Outbound port: the records of uploaded proofs (their files are in {@link ProofStorage}). */
public interface ProofRepository {

    Proof add(NewProof proof);

    Optional<Proof> find(ProofId id);

    /** The payment's proofs, oldest first. */
    List<Proof> ofPayment(PaymentId payment);
}
