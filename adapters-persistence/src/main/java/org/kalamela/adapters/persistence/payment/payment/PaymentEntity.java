package org.kalamela.adapters.persistence.payment.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "payments")
public class PaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 20)
    public String purpose;

    /** The scope of a {@code KALAMELA_FEES} payment. */
    @Column(name = "edition_year")
    public Integer editionYear;

    @Column(name = "conference_id")
    public Long conferenceId;

    @Column(name = "appeal_id")
    public Long appealId;

    @Column(name = "district_id", nullable = false)
    public Long districtId;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public Long version;
}
