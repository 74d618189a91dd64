package org.kalamela.application.conference.summary;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.conference.query.DistrictTally;
import org.kalamela.application.payment.query.PaymentStanding;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceAccount;
import org.kalamela.domain.conference.delegate.DelegateLimits;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.value.Money;

/**
 * One district's line of a conference summary: its limits, officials and members registered, the delegates
 * by gender, food preference and accommodation, the fees due for them (the conference's fee per delegate), what
 * its approved payments cover (paid, and the balance or the credit left) and the status of its latest payment
 * (empty when it has made none).
 */
public record DistrictSummary(long districtId, String districtName, DelegateLimits limits, int officials,
                              int members, int delegates, int male, int female, int veg, int nonVeg,
                              int accommodation, Money feesDue, Money paid, Money balance, Money credit,
                              Optional<PaymentStatus> paymentStatus) {

    public DistrictSummary {
        Objects.requireNonNull(paymentStatus, "paymentStatus");
    }

    /** @param standing the district's payments of the conference; empty when it has made none */
    static DistrictSummary of(Conference conference, DistrictTally t, Optional<PaymentStanding> standing) {
        ConferenceAccount account = ConferenceAccount.of(conference, t.delegates(),
                standing.map(PaymentStanding::approved).orElse(Money.ZERO));
        return new DistrictSummary(t.districtId().value(), t.districtName(), t.limits(), t.officials(), t.members(),
                t.delegates(), t.male(), t.female(), t.veg(), t.nonVeg(), t.accommodation(), account.dues(),
                account.paid(), account.balance(), account.credit(), standing.map(PaymentStanding::latestStatus));
    }

    /** The payment status as the summaries and the export show it: the latest payment's, or {@code NOT_CREATED}. */
    public String paymentStatusName() {
        return paymentStatus.map(PaymentStatus::name).orElse("NOT_CREATED");
    }
}
