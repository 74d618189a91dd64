package org.kalamela.domain.payment.proof;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.shared.id.AccountId;

/**
 * A proof uploaded for a payment: where its file is, its checked type and size, the uploader's file name
 * (sanitised), who uploaded it and when. Proofs are kept, a rejected one included, for the record.
 */
public record Proof(ProofId id, PaymentId payment, ProofKey key, ProofContentType contentType, long size,
                    String fileName, AccountId uploadedBy, Instant uploadedAt) {

    public Proof {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public static Proof recorded(ProofId id, NewProof proof) {
        return new Proof(id, proof.payment(), proof.stored().key(), proof.contentType(), proof.stored().size(),
                proof.fileName(), proof.uploadedBy(), proof.uploadedAt());
    }
}
