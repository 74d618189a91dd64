package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.festival.query.KalamelaPreviewReader;
import org.kalamela.application.festival.query.KalamelaPreviewRow;
import org.kalamela.application.festival.query.KalamelaPreviewRow.LatestPayment;
import org.kalamela.application.payment.fakes.InMemoryFeeCountLookup;
import org.kalamela.application.payment.fakes.InMemoryPaymentRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.id.DistrictId;

/** The previews' figures read from the in-memory counts and payments, for the districts a test names. */
public class InMemoryKalamelaPreviewReader implements KalamelaPreviewReader {

    private final InMemoryFeeCountLookup counts;
    private final InMemoryPaymentRepository payments;
    private final Map<DistrictId, String> districts = new LinkedHashMap<>();

    public InMemoryKalamelaPreviewReader(InMemoryFeeCountLookup counts, InMemoryPaymentRepository payments) {
        this.counts = counts;
        this.payments = payments;
    }

    public void district(DistrictId id, String name) {
        districts.put(id, name);
    }

    @Override
    public List<KalamelaPreviewRow> rows(EditionYear edition, Optional<DistrictId> district) {
        PaymentScope scope = PaymentScope.kalamelaFees(edition.value());
        return districts.entrySet().stream()
                .filter(d -> district.map(d.getKey()::equals).orElse(true))
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(String::toUpperCase)))
                .map(d -> new KalamelaPreviewRow(d.getKey(), d.getValue(), counts.countsOf(edition, d.getKey()),
                        payments.approvedTotal(scope, d.getKey()), payments.latest(scope, d.getKey())
                        .map(p -> new LatestPayment(p.id(), p.amount(), p.status(), p.creation().at()))))
                .toList();
    }
}
