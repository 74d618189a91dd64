package org.kalamela.application.festival.fees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.festival.query.KalamelaPreviewReader;
import org.kalamela.application.festival.query.KalamelaPreviewRow;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.fees.FeeSchedule;
import org.kalamela.domain.festival.fees.KalamelaAccount;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The previews of an edition from the one query of {@link KalamelaPreviewReader}, each district's account
 * worked out by {@link KalamelaAccount} at the edition's rates. Runs inside the calling use case's transaction.
 */
@ApplicationScoped
public class KalamelaPreviews {

    private final KalamelaPreviewReader reader;

    @Inject
    public KalamelaPreviews(KalamelaPreviewReader reader) {
        this.reader = reader;
    }

    /** One district's preview, or every district's (by name) when {@code district} is empty. */
    public List<KalamelaPreview> of(Edition edition, Optional<DistrictId> district) {
        FeeSchedule fees = new FeeSchedule(edition.rules());
        return reader.rows(edition.year(), district).stream().map(row -> preview(edition, fees, row)).toList();
    }

    private static KalamelaPreview preview(Edition edition, FeeSchedule fees, KalamelaPreviewRow row) {
        return new KalamelaPreview(row.districtId(), row.districtName(), edition.rules().individualFee(),
                edition.rules().teamFee(), KalamelaAccount.of(fees, row.counts(), row.paid()), row.latestPayment());
    }
}
