package org.kalamela.application.festival.fees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.fees.FeeCountLookup;
import org.kalamela.domain.festival.fees.FeeSchedule;
import org.kalamela.domain.festival.fees.KalamelaAccount;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * A district's Kalamela account in an edition, from two statements whatever the number of its entries: one
 * count of its entries and teams, one sum of its approved payments. Runs inside the calling use case's
 * transaction.
 */
@ApplicationScoped
public class KalamelaAccounts {

    private final FeeCountLookup counts;
    private final PaymentRepository payments;

    @Inject
    public KalamelaAccounts(FeeCountLookup counts, PaymentRepository payments) {
        this.counts = counts;
        this.payments = payments;
    }

    /** The payment scope of the edition's Kalamela fees. */
    public static PaymentScope scopeOf(Edition edition) {
        return PaymentScope.kalamelaFees(edition.year().value());
    }

    public KalamelaAccount of(Edition edition, DistrictId district) {
        return KalamelaAccount.of(new FeeSchedule(edition.rules()), counts.countsOf(edition.year(), district),
                payments.approvedTotal(scopeOf(edition), district));
    }
}
