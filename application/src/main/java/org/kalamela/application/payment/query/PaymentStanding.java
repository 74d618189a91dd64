package org.kalamela.application.payment.query;

import java.util.Objects;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * Where a district stands with its payments of one scope: the sum of the approved ones and the status of the
 * latest (the last created). A district that has made no payment of the scope has no standing.
 */
public record PaymentStanding(DistrictId district, Money approved, PaymentStatus latestStatus) {

    public PaymentStanding {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(latestStatus, "latestStatus");
    }
}
