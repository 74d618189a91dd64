package org.kalamela.domain.payment.proof;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.shared.id.AccountId;

/** A stored proof about to be recorded against its payment. */
public record NewProof(PaymentId payment, StoredProof stored, ProofContentType contentType, String fileName,
                       AccountId uploadedBy, Instant uploadedAt) {

    public NewProof {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }
}
