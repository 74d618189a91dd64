package org.kalamela.application.payment.fakes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.payment.query.PaymentFilter;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.application.payment.query.PaymentRow;
import org.kalamela.application.payment.query.PaymentStanding;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Money;

/** The admin's list read from the in-memory payments and proofs, with district names the test names. */
public class InMemoryPaymentListReader implements PaymentListReader {

    private final InMemoryPaymentRepository payments;
    private final InMemoryProofRepository proofs;
    private final Map<DistrictId, String> districtNames = new HashMap<>();

    public InMemoryPaymentListReader(InMemoryPaymentRepository payments, InMemoryProofRepository proofs) {
        this.payments = payments;
        this.proofs = proofs;
    }

    public void name(DistrictId district, String name) {
        districtNames.put(district, name);
    }

    @Override
    public Page<PaymentRow> list(PaymentFilter filter, PageRequest page) {
        return Page.slice(rows(filter), page);
    }

    @Override
    public RowSource<PaymentRow> all(PaymentFilter filter) {
        return RowSource.of(rows(filter));
    }

    @Override
    public Map<DistrictId, PaymentStanding> standings(PaymentScope scope) {
        Map<DistrictId, PaymentStanding> standings = new LinkedHashMap<>();
        for (Payment payment : payments.all().stream().filter(p -> p.scope().equals(scope))
                .sorted(Comparator.comparing((Payment p) -> p.creation().at()).thenComparing(p -> p.id().value()))
                .toList()) {
            Money before = standings.containsKey(payment.district())
                    ? standings.get(payment.district()).approved() : Money.ZERO;
            Money approved = payment.status() == PaymentStatus.APPROVED ? before.plus(payment.amount()) : before;
            standings.put(payment.district(), new PaymentStanding(payment.district(), approved, payment.status()));
        }
        return standings;
    }

    private List<PaymentRow> rows(PaymentFilter filter) {
        return payments.all().stream()
                .filter(p -> p.scope().equals(filter.scope()))
                .filter(p -> filter.status().map(s -> s == p.status()).orElse(true))
                .filter(p -> filter.district().map(d -> d.equals(p.district())).orElse(true))
                .sorted(Comparator.comparing((Payment p) -> p.creation().at())
                        .thenComparing(p -> p.id().value()).reversed())
                .map(this::row).toList();
    }

    private PaymentRow row(Payment p) {
        return new PaymentRow(p.id(), p.district(), districtNames.getOrDefault(p.district(), "District " + p.district()),
                p.amount(), p.status(), p.creation().at(), p.lastTransition().at(), proofs.ofPayment(p.id()).size());
    }
}
