package org.kalamela.adapters.persistence.payment.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "payment_transitions")
public class PaymentTransitionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "payment_id", nullable = false)
    public Long paymentId;

    @Column(name = "from_status", length = 16)
    public String fromStatus;

    @Column(name = "to_status", nullable = false, length = 16)
    public String toStatus;

    @Column(name = "actor_id", nullable = false)
    public Long actorId;

    @Column(nullable = false)
    public Instant at;

    @Column(length = 1000)
    public String reason;
}
