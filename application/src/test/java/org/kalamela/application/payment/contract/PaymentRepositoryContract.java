package org.kalamela.application.payment.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.payment.query.PaymentFilter;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.application.payment.query.PaymentRow;
import org.kalamela.application.payment.query.PaymentStanding;
import org.kalamela.domain.payment.payment.NewPayment;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.payment.proof.NewProof;
import org.kalamela.domain.payment.proof.Proof;
import org.kalamela.domain.payment.proof.ProofContentType;
import org.kalamela.domain.payment.proof.ProofId;
import org.kalamela.domain.payment.proof.ProofKey;
import org.kalamela.domain.payment.proof.ProofRepository;
import org.kalamela.domain.payment.proof.StoredProof;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Money;

/**
 * What every {@link PaymentRepository} and {@link ProofRepository} do; a subclass gives each test an empty
 * store.
 */
public abstract class PaymentRepositoryContract {

    private static final PaymentScope FEES_2026 = PaymentScope.kalamelaFees(2026);
    private static final PaymentScope FEES_2027 = PaymentScope.kalamelaFees(2027);
    private static final AccountId OFFICIAL = AccountId.of(2);
    private static final AccountId ADMIN = AccountId.of(1);
    private static final Instant AT = Instant.parse("2026-11-15T10:00:00Z");

    protected abstract PaymentRepository payments();

    protected abstract ProofRepository proofs();

    protected abstract PaymentContractFixtures fixtures();

    /** The read port over the same store. */
    protected abstract PaymentListReader reader();

    private DistrictId kottayam;
    private DistrictId kollam;

    @BeforeEach
    void given() {
        fixtures().givenEdition(2026);
        fixtures().givenEdition(2027);
        kottayam = fixtures().givenDistrict("Kottayam");
        kollam = fixtures().givenDistrict("Kollam");
    }

    private Payment add(PaymentScope scope, DistrictId district, String amount, Instant at) {
        return payments().add(new NewPayment(scope, district, Money.of(amount), OFFICIAL, at));
    }

    @Test
    void aPaymentIsStoredAwaitingProofWithItsCreationAsHistory() {
        Payment added = add(FEES_2026, kottayam, "350.50", AT);

        Payment found = payments().find(added.id()).orElseThrow();
        assertThat(found).isEqualTo(added);
        assertThat(found.status()).isEqualTo(PaymentStatus.AWAITING_PROOF);
        assertThat(found.amount()).isEqualTo(Money.of("350.50"));
        assertThat(found.scope()).isEqualTo(FEES_2026);
        assertThat(found.history()).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.actor()).isEqualTo(OFFICIAL);
            assertThat(t.at()).isEqualTo(AT);
        });
        assertThat(payments().lock(added.id())).contains(added);
        assertThat(payments().find(PaymentId.of(added.id().value() + 1000))).isEmpty();
    }

    @Test
    void movesAreStoredWithTheirWholeHistory() {
        Payment added = add(FEES_2026, kottayam, "100.00", AT);
        Payment submitted = added.proofSubmitted(OFFICIAL, AT.plusSeconds(1));
        payments().recordMove(submitted);
        Payment rejected = submitted.rejected(ADMIN, "Unreadable slip", AT.plusSeconds(2));
        payments().recordMove(rejected);
        Payment again = rejected.proofSubmitted(OFFICIAL, AT.plusSeconds(3));
        payments().recordMove(again);

        Payment found = payments().find(added.id()).orElseThrow();
        assertThat(found).isEqualTo(again);
        assertThat(found.history()).extracting(t -> t.to()).containsExactly(PaymentStatus.AWAITING_PROOF,
                PaymentStatus.PROOF_SUBMITTED, PaymentStatus.REJECTED, PaymentStatus.PROOF_SUBMITTED);
        assertThat(found.history().get(2).reason()).isEqualTo("Unreadable slip");
    }

    @Test
    void theOpenPaymentIsTheOneAwaitingProofOrReview() {
        Payment first = add(FEES_2026, kottayam, "100.00", AT);
        assertThat(payments().findOpen(FEES_2026, kottayam)).contains(first);
        Payment submitted = first.proofSubmitted(OFFICIAL, AT);
        payments().recordMove(submitted);
        assertThat(payments().findOpen(FEES_2026, kottayam)).contains(submitted);
        payments().recordMove(submitted.rejected(ADMIN, "No", AT));
        assertThat(payments().findOpen(FEES_2026, kottayam)).isEmpty();
        assertThat(payments().findOpen(FEES_2026, kollam)).isEmpty();
        assertThat(payments().findOpen(FEES_2027, kottayam)).isEmpty();
    }

    @Test
    void aSecondOpenPaymentOfTheSameScopeAndDistrictIsRefused() {
        add(FEES_2026, kottayam, "100.00", AT);
        add(FEES_2027, kottayam, "100.00", AT);
        add(FEES_2026, kollam, "100.00", AT);

        assertThatThrownBy(() -> add(FEES_2026, kottayam, "50.00", AT)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void onlyApprovedPaymentsOfTheScopeAndDistrictCountAsPaidExactly() {
        approve(add(FEES_2026, kottayam, "100.10", AT));
        approve(add(FEES_2026, kottayam, "0.20", AT.plusSeconds(10)));
        approve(add(FEES_2027, kottayam, "999.00", AT));
        approve(add(FEES_2026, kollam, "999.00", AT));
        add(FEES_2026, kottayam, "5000.00", AT.plusSeconds(20));

        assertThat(payments().approvedTotal(FEES_2026, kottayam)).isEqualTo(Money.of("100.30"));
        assertThat(payments().approvedTotal(FEES_2027, kollam)).isEqualTo(Money.ZERO);
    }

    @Test
    void theLatestPaymentIsTheLastCreated() {
        assertThat(payments().latest(FEES_2026, kottayam)).isEmpty();
        approve(add(FEES_2026, kottayam, "100.00", AT));
        Payment second = add(FEES_2026, kottayam, "50.00", AT.plusSeconds(60));
        add(FEES_2026, kollam, "70.00", AT.plusSeconds(120));

        assertThat(payments().latest(FEES_2026, kottayam)).contains(second);
    }

    @Test
    void proofsAreRecordedAgainstTheirPaymentOldestFirst() {
        Payment payment = add(FEES_2026, kottayam, "100.00", AT);
        Payment other = add(FEES_2026, kollam, "100.00", AT);
        Proof first = proofs().add(proof(payment, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ProofContentType.PDF, AT));
        Proof second = proofs().add(proof(payment, "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", ProofContentType.JPEG,
                AT.plusSeconds(5)));
        proofs().add(proof(other, "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC", ProofContentType.PNG, AT));

        assertThat(proofs().ofPayment(payment.id())).containsExactly(first, second);
        assertThat(proofs().find(second.id())).contains(second);
        assertThat(second.contentType()).isEqualTo(ProofContentType.JPEG);
        assertThat(second.size()).isEqualTo(1234);
        assertThat(second.fileName()).isEqualTo("slip.pdf");
        assertThat(proofs().find(ProofId.of(second.id().value() + 1000))).isEmpty();
    }

    @Test
    void aStorageKeyIsRecordedOnce() {
        Payment payment = add(FEES_2026, kottayam, "100.00", AT);
        proofs().add(proof(payment, "DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD", ProofContentType.PDF, AT));

        assertThatThrownBy(() -> proofs().add(proof(payment, "DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD",
                ProofContentType.PDF, AT))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aStandingIsTheApprovedSumAndTheLatestStatusOfEachDistrictThatPaid() {
        approve(add(FEES_2026, kottayam, "100.10", AT));
        Payment rejected = add(FEES_2026, kottayam, "50.00", AT.plusSeconds(10));
        Payment submitted = rejected.proofSubmitted(OFFICIAL, AT);
        payments().recordMove(submitted);
        payments().recordMove(submitted.rejected(ADMIN, "unreadable", AT));
        add(FEES_2026, kollam, "70.00", AT);
        approve(add(FEES_2027, kollam, "999.00", AT));

        Map<DistrictId, PaymentStanding> standings = reader().standings(FEES_2026);

        assertThat(standings).containsOnlyKeys(kottayam, kollam);
        assertThat(standings.get(kottayam))
                .isEqualTo(new PaymentStanding(kottayam, Money.of("100.10"), PaymentStatus.REJECTED));
        assertThat(standings.get(kollam))
                .isEqualTo(new PaymentStanding(kollam, Money.ZERO, PaymentStatus.AWAITING_PROOF));
        assertThat(reader().standings(PaymentScope.conferenceFees(1))).isEmpty();
    }

    @Test
    void anExportStreamsTheListsRowsInItsOrder() {
        Payment first = add(FEES_2026, kottayam, "100.00", AT);
        Payment second = add(FEES_2026, kollam, "70.00", AT.plusSeconds(60));
        approve(add(FEES_2027, kollam, "999.00", AT));
        PaymentFilter filter = new PaymentFilter(FEES_2026, Optional.empty(), Optional.empty());

        List<PaymentRow> rows = new ArrayList<>();
        reader().all(filter).forEach(rows::add);

        assertThat(rows).extracting(PaymentRow::id).containsExactly(second.id(), first.id());
        assertThat(rows).isEqualTo(reader().list(filter, new PageRequest(0, 50)).items());
        assertThat(rows.get(1).amount()).isEqualTo(Money.of("100.00"));
        assertThat(rows.get(1).districtId()).isEqualTo(kottayam);
    }

    private void approve(Payment payment) {
        Payment submitted = payment.proofSubmitted(OFFICIAL, AT);
        payments().recordMove(submitted);
        payments().recordMove(submitted.approved(ADMIN, AT));
    }

    private static NewProof proof(Payment payment, String key, ProofContentType type, Instant at) {
        return new NewProof(payment.id(), new StoredProof(new ProofKey(key), 1234), type, "slip.pdf", OFFICIAL, at);
    }
}
