package org.kalamela.application.payment;

import org.kalamela.application.festival.edition.CurrentEditionCache;
import org.kalamela.application.shared.fakes.ManualChangeSignals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.payment.PaymentWorld.ADMIN;
import static org.kalamela.application.payment.PaymentWorld.KOLLAM;
import static org.kalamela.application.payment.PaymentWorld.KOTTAYAM;
import static org.kalamela.application.payment.PaymentWorld.OFFICIAL;
import static org.kalamela.application.payment.PaymentWorld.YEAR;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.fakes.InMemoryKalamelaPreviewReader;
import org.kalamela.application.festival.fees.KalamelaPreview;
import org.kalamela.application.festival.fees.KalamelaPreviews;
import org.kalamela.application.festival.fees.ShowAdminKalamelaPreview;
import org.kalamela.application.festival.fees.ShowKalamelaPreview;
import org.kalamela.application.payment.proof.ProofUpload;
import org.kalamela.application.payment.proof.UploadProof;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

class KalamelaPreviewTest {

    private final PaymentWorld world = new PaymentWorld();
    private final InMemoryKalamelaPreviewReader reader = new InMemoryKalamelaPreviewReader(world.counts,
            world.payments);
    private final KalamelaPreviews previews = new KalamelaPreviews(reader);
    private final ShowKalamelaPreview official = new ShowKalamelaPreview(new CurrentEdition(world.editions, new CurrentEditionCache(world.editions, new ManualChangeSignals())),
            previews);
    private final ShowAdminKalamelaPreview admin = new ShowAdminKalamelaPreview(new CurrentEdition(world.editions, new CurrentEditionCache(world.editions, new ManualChangeSignals())),
            previews);

    @BeforeEach
    void districts() {
        reader.district(KOTTAYAM, "Kottayam");
        reader.district(KOLLAM, "Kollam");
    }

    private void approve(PaymentId payment) {
        world.upload.execute(new UploadProof.Command(payment, PaymentPurpose.KALAMELA_FEES, new ProofUpload("a.pdf",
                new ByteArrayInputStream("%PDF-1".getBytes(StandardCharsets.US_ASCII)))), OFFICIAL);
        world.transactions.commit();
        world.approve.execute(payment, PaymentPurpose.KALAMELA_FEES, ADMIN);
    }

    @Test
    void theOfficialsPreviewShowsCountsFeesTheAccountAndTheLatestPayment() {
        world.entries(KOTTAYAM, 5, 2);
        PaymentId payment = world.pay(OFFICIAL, "450.00", null).details().payment().id();

        KalamelaPreview preview = official.execute(OFFICIAL);

        assertThat(preview.districtName()).isEqualTo("Kottayam");
        assertThat(preview.individualFee()).isEqualTo(Money.of("50.00"));
        assertThat(preview.teamFee()).isEqualTo(Money.of("100.00"));
        assertThat(preview.account().dues()).isEqualTo(Money.of("450.00"));
        assertThat(preview.account().balance()).isEqualTo(Money.of("450.00"));
        assertThat(preview.latestPayment()).hasValueSatisfying(latest -> {
            assertThat(latest.id()).isEqualTo(payment);
            assertThat(latest.status()).isEqualTo(PaymentStatus.AWAITING_PROOF);
        });
        assertThatThrownBy(() -> official.execute(ADMIN)).isInstanceOf(Forbidden.class);
    }

    @Test
    void afterAnApprovalAndARemovedEntryThePreviewShowsACredit() {
        world.entries(KOTTAYAM, 3, 0);
        approve(world.pay(OFFICIAL, "150.00", null).details().payment().id());
        world.entries(KOTTAYAM, 2, 0);

        KalamelaPreview preview = official.execute(OFFICIAL);

        assertThat(preview.account().paid()).isEqualTo(Money.of("150.00"));
        assertThat(preview.account().balance()).isEqualTo(Money.ZERO);
        assertThat(preview.account().credit()).isEqualTo(Money.of("50.00"));
        assertThat(preview.latestPayment().orElseThrow().status()).isEqualTo(PaymentStatus.APPROVED);
    }

    @Test
    void theAdminSeesEveryDistrictByNameOrOne() {
        world.entries(KOTTAYAM, 1, 0);
        world.entries(KOLLAM, 0, 1);

        ShowAdminKalamelaPreview.AdminPreview all = admin.execute(null, Optional.empty(), ADMIN);
        assertThat(all.edition()).isEqualTo(YEAR);
        assertThat(all.districts()).extracting(KalamelaPreview::districtName).containsExactly("Kollam", "Kottayam");
        assertThat(all.districts()).extracting(p -> p.account().dues())
                .containsExactly(Money.of("100.00"), Money.of("50.00"));
        assertThat(admin.execute(YEAR, Optional.of(KOLLAM), ADMIN).districts()).singleElement()
                .satisfies(p -> assertThat(p.districtId()).isEqualTo(KOLLAM));
        assertThatThrownBy(() -> admin.execute(null, Optional.of(DistrictId.of(99)), ADMIN))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> admin.execute(EditionYear.of(2030), Optional.empty(), ADMIN))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> admin.execute(null, Optional.empty(), OFFICIAL)).isInstanceOf(Forbidden.class);
    }
}
