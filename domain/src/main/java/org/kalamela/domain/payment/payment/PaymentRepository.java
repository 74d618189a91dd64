package org.kalamela.domain.payment.payment;

import java.util.Optional;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/** Outbound port: payments with their histories. */
public interface PaymentRepository {

    /** Stores a new payment, awaiting its proof, with its creation as the first entry of its history. */
    Payment add(NewPayment payment);

    Optional<Payment> find(PaymentId id);

    /** Same as {@link #find} and locks the payment until the transaction ends, so its moves happen one by one. */
    Optional<Payment> lock(PaymentId id);

    /** Stores the status of a payment that has just made one move and appends that move to its history. */
    void recordMove(Payment moved);

    /** The district's open payment of the scope (awaiting proof or review), if any. */
    Optional<Payment> findOpen(PaymentScope scope, DistrictId district);

    /** The district's most recently created payment of the scope, whatever its status. */
    Optional<Payment> latest(PaymentScope scope, DistrictId district);

    /** The sum of the district's approved payments of the scope; zero when there are none. */
    Money approvedTotal(PaymentScope scope, DistrictId district);
}
