package org.kalamela.application.conference.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceAccount;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * A district's account for a conference, from one count of its delegates and one sum of its approved payments,
 * and the status of its latest payment. Runs inside the calling use case's transaction.
 */
@ApplicationScoped
public class ConferencePayments {

    private final DistrictTallyReader tallies;
    private final PaymentRepository payments;

    @Inject
    public ConferencePayments(DistrictTallyReader tallies, PaymentRepository payments) {
        this.tallies = tallies;
        this.payments = payments;
    }

    /** The payment scope of a conference's fees. */
    public static PaymentScope scopeOf(ConferenceId conference) {
        return PaymentScope.conferenceFees(conference.value());
    }

    /** @throws NotFound for a district that does not exist */
    public ConferenceAccount accountOf(Conference conference, DistrictId district) {
        int delegates = tallies.tally(conference.id(), district)
                .orElseThrow(() -> new NotFound("District", district)).delegates();
        return accountOf(conference, district, delegates);
    }

    /** The account of a district whose delegates are already counted. */
    public ConferenceAccount accountOf(Conference conference, DistrictId district, int delegates) {
        return ConferenceAccount.of(conference, delegates,
                payments.approvedTotal(scopeOf(conference.id()), district));
    }

    /** The status of the district's latest payment for the conference; empty when it has made none. */
    public Optional<PaymentStatus> latestStatus(ConferenceId conference, DistrictId district) {
        return payments.latest(scopeOf(conference), district).map(Payment::status);
    }
}
