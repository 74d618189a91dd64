package org.kalamela.application.payment.query;

import java.time.Instant;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/** One payment in a list: the district by id and name, amount, status, when created and when last moved. */
public record PaymentRow(PaymentId id, DistrictId districtId, String districtName, Money amount,
                         PaymentStatus status, Instant createdAt, Instant lastChangedAt, long proofs) {
}
