package org.kalamela.adapters.persistence.payment.proof;

import java.util.Arrays;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.proof.NewProof;
import org.kalamela.domain.payment.proof.Proof;
import org.kalamela.domain.payment.proof.ProofContentType;
import org.kalamela.domain.payment.proof.ProofId;
import org.kalamela.domain.payment.proof.ProofKey;
import org.kalamela.domain.shared.id.AccountId;

/** The one mapping between a {@code payment_proofs} row and a {@link Proof}; the type is stored as its media type. */
final class ProofMapper {

    private ProofMapper() {
    }

    static Proof toDomain(ProofEntity e) {
        ProofContentType type = Arrays.stream(ProofContentType.values())
                .filter(t -> t.mediaType().equals(e.contentType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown proof type " + e.contentType));
        return new Proof(ProofId.of(e.id), PaymentId.of(e.paymentId), new ProofKey(e.storageKey), type, e.sizeBytes,
                e.fileName, AccountId.of(e.uploadedBy), e.uploadedAt);
    }

    static ProofEntity toEntity(NewProof proof) {
        ProofEntity e = new ProofEntity();
        e.paymentId = proof.payment().value();
        e.storageKey = proof.stored().key().value();
        e.contentType = proof.contentType().mediaType();
        e.sizeBytes = proof.stored().size();
        e.fileName = proof.fileName();
        e.uploadedBy = proof.uploadedBy().value();
        e.uploadedAt = proof.uploadedAt();
        return e;
    }
}
