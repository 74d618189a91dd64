package org.kalamela.adapters.persistence.payment.proof;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "payment_proofs")
public class ProofEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "payment_id", nullable = false)
    public Long paymentId;

    @Column(name = "storage_key", nullable = false, length = 100)
    public String storageKey;

    @Column(name = "content_type", nullable = false, length = 32)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public Long sizeBytes;

    @Column(name = "file_name", nullable = false, length = 100)
    public String fileName;

    @Column(name = "uploaded_by", nullable = false)
    public Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
