package org.kalamela.application.festival.fees;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.festival.query.KalamelaPreviewRow.LatestPayment;
import org.kalamela.domain.festival.fees.KalamelaAccount;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * A district's Kalamela preview: its counts, the edition's fees, its account (dues, paid, balance or credit)
 * and its latest payment.
 */
public record KalamelaPreview(DistrictId districtId, String districtName, Money individualFee, Money teamFee,
                              KalamelaAccount account, Optional<LatestPayment> latestPayment) {

    public KalamelaPreview {
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(latestPayment, "latestPayment");
    }
}
