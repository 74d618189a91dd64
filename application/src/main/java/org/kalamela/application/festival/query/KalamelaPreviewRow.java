package org.kalamela.application.festival.query;

import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.festival.fees.EntryCounts;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * What a district's Kalamela preview is made of, read in one query: its entries and teams, the sum of its
 * approved payments and its latest payment, if any.
 */
public record KalamelaPreviewRow(DistrictId districtId, String districtName, EntryCounts counts, Money paid,
                                 Optional<LatestPayment> latestPayment) {

    /** The district's most recently created Kalamela payment of the edition. */
    public record LatestPayment(PaymentId id, Money amount, PaymentStatus status, Instant createdAt) {
    }
}
