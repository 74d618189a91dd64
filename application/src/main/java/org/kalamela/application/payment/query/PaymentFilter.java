package org.kalamela.application.payment.query;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.DistrictId;

/** Which payments a list shows: those of one scope, optionally of one status and one district. */
public record PaymentFilter(PaymentScope scope, Optional<PaymentStatus> status, Optional<DistrictId> district) {

    public PaymentFilter {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(district, "district");
    }
}
