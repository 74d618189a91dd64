package org.kalamela.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.payment.PaymentWorld.ADMIN;
import static org.kalamela.application.payment.PaymentWorld.KOLLAM;
import static org.kalamela.application.payment.PaymentWorld.KOTTAYAM;
import static org.kalamela.application.payment.PaymentWorld.OFFICIAL;
import static org.kalamela.application.payment.PaymentWorld.OTHER_OFFICIAL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kalamela.application.payment.payment.PaymentDetails;
import org.kalamela.application.payment.proof.DownloadProof;
import org.kalamela.application.payment.proof.ProofDownload;
import org.kalamela.application.payment.proof.ProofUpload;
import org.kalamela.application.payment.proof.UploadProof;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.payment.proof.ProofContentType;
import org.kalamela.domain.payment.proof.ProofId;
import org.kalamela.domain.shared.error.DomainException;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.IdempotencyMismatch;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.error.TooLarge;
import org.kalamela.domain.shared.error.UnsupportedType;
import org.kalamela.domain.shared.value.Money;

class PaymentUseCasesTest {

    private static final PaymentPurpose FEES = PaymentPurpose.KALAMELA_FEES;
    private static final byte[] PDF = "%PDF-1.7 the bank's receipt".getBytes(StandardCharsets.US_ASCII);

    private final PaymentWorld world = new PaymentWorld();

    private static String codeOf(Throwable e) {
        return ((DomainException) e).code();
    }

    private PaymentId paid(String amount) {
        return PaymentId.of(world.pay(OFFICIAL, amount, null).details().payment().id().value());
    }

    private PaymentDetails upload(PaymentId payment, byte[] file, String name) {
        PaymentDetails details = world.upload.execute(new UploadProof.Command(payment, FEES,
                new ProofUpload(name, new ByteArrayInputStream(file))), OFFICIAL);
        world.transactions.commit();
        return details;
    }

    @Test
    void theOfficialPaysTheBalanceAndThePaymentAwaitsItsProof() {
        world.entries(KOTTAYAM, 5, 2);

        PaymentDetails created = world.pay(OFFICIAL, "450.00", null).details();

        assertThat(created.payment().amount()).isEqualTo(Money.of("450.00"));
        assertThat(created.payment().status()).isEqualTo(PaymentStatus.AWAITING_PROOF);
        assertThat(created.payment().district()).isEqualTo(KOTTAYAM);
        assertThat(world.locks.taken()).containsExactly("KALAMELA_FEES/2026/district/3");
        assertThat(world.audit.actions()).containsExactly("PAYMENT_CREATED");
    }

    @Test
    void nothingToPayAStaleAmountAndASecondOpenPaymentAreRefused() {
        assertThatThrownBy(() -> world.pay(OFFICIAL, "50.00", null)).satisfies(
                e -> assertThat(codeOf(e)).isEqualTo("NOTHING_TO_PAY"));
        world.entries(KOTTAYAM, 1, 0);
        assertThatThrownBy(() -> world.pay(OFFICIAL, "100.00", null)).satisfies(
                e -> assertThat(codeOf(e)).isEqualTo("AMOUNT_NOT_BALANCE"));
        world.pay(OFFICIAL, "50.00", null);
        world.entries(KOTTAYAM, 2, 0);
        assertThatThrownBy(() -> world.pay(OFFICIAL, "100.00", null)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("PAYMENT_ALREADY_OPEN"));
        assertThat(world.payments.all()).hasSize(1);
    }

    @Test
    void anIdempotentRetryAnswersTheFirstPaymentAndAnotherBodyWithTheKeyIsRefused() {
        world.entries(KOTTAYAM, 2, 0);
        PaymentDetails first = world.pay(OFFICIAL, "100.00", "key-1").details();

        assertThat(world.pay(OFFICIAL, "100.00", "key-1")).satisfies(again -> {
            assertThat(again.replayed()).isTrue();
            assertThat(again.details().payment().id()).isEqualTo(first.payment().id());
        });
        assertThatThrownBy(() -> world.pay(OFFICIAL, "100.01", "key-1")).isInstanceOfSatisfying(
                IdempotencyMismatch.class, e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(world.payments.all()).hasSize(1);
        assertThat(world.keys.locksTaken()).isEqualTo(3);
    }

    @Test
    void keysBelongToTheirAccount() {
        world.entries(KOTTAYAM, 1, 0);
        world.entries(KOLLAM, 1, 0);
        world.pay(OFFICIAL, "50.00", "shared-key");

        assertThat(world.pay(OTHER_OFFICIAL, "50.00", "shared-key").replayed()).isFalse();
        assertThat(world.payments.all()).hasSize(2);
    }

    @Test
    void aKeyIsOneToTwoHundredVisibleCharacters() {
        world.entries(KOTTAYAM, 1, 0);
        for (String bad : new String[] {"", "with space", "é", "k".repeat(201)}) {
            assertThatThrownBy(() -> world.pay(OFFICIAL, "50.00", bad)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.errors().get(0).field()).isEqualTo("Idempotency-Key"));
        }
        assertThat(world.pay(OFFICIAL, "50.00", "k".repeat(200)).replayed()).isFalse();
    }

    @Test
    void aProofMovesThePaymentAndIsKeptWithItsCheckedTypeAndSafeName() {
        world.entries(KOTTAYAM, 1, 0);
        PaymentId payment = paid("50.00");

        PaymentDetails submitted = upload(payment, PDF, "../receipt <1>.pdf");

        assertThat(submitted.payment().status()).isEqualTo(PaymentStatus.PROOF_SUBMITTED);
        assertThat(submitted.proofs()).singleElement().satisfies(proof -> {
            assertThat(proof.contentType()).isEqualTo(ProofContentType.PDF);
            assertThat(proof.fileName()).isEqualTo("receipt _1_.pdf");
            assertThat(proof.size()).isEqualTo(PDF.length);
            assertThat(world.storage.bytesOf(proof.key())).contains(PDF);
        });
        assertThat(world.audit.actions()).containsExactly("PAYMENT_CREATED", "PAYMENT_PROOF_SUBMITTED");
    }

    @Test
    void refusedUploadsStoreNothingAndMoveNothing() {
        world.entries(KOTTAYAM, 1, 0);
        PaymentId payment = paid("50.00");

        assertThatThrownBy(() -> upload(payment, new byte[0], "empty.pdf")).isInstanceOf(UnsupportedType.class);
        assertThatThrownBy(() -> upload(payment, "just text".getBytes(StandardCharsets.UTF_8), "renamed.pdf"))
                .isInstanceOf(UnsupportedType.class);
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThatThrownBy(() -> upload(payment, tooLarge, "big.pdf")).isInstanceOfSatisfying(TooLarge.class,
                e -> assertThat(e.code()).isEqualTo("PROOF_TOO_LARGE"));

        assertThat(world.storage.size()).isZero();
        assertThat(world.payments.find(payment).orElseThrow().status()).isEqualTo(PaymentStatus.AWAITING_PROOF);
    }

    @Test
    void aStoredFileIsDeletedWhenTheTransactionRollsBackAndKeptWhenItCommits() {
        world.entries(KOTTAYAM, 1, 0);
        world.entries(KOLLAM, 1, 0);
        PaymentId rolledBack = paid("50.00");
        PaymentId committed = PaymentId.of(world.pay(OTHER_OFFICIAL, "50.00", null).details().payment().id().value());

        world.upload.execute(new UploadProof.Command(rolledBack, FEES, new ProofUpload("a.pdf",
                new ByteArrayInputStream(PDF))), OFFICIAL);
        assertThat(world.storage.size()).isEqualTo(1);
        world.transactions.rollBack();
        assertThat(world.storage.size()).isZero();

        world.upload.execute(new UploadProof.Command(committed, FEES, new ProofUpload("b.pdf",
                new ByteArrayInputStream(PDF))), OTHER_OFFICIAL);
        world.transactions.commit();
        assertThat(world.storage.size()).isEqualTo(1);
    }

    @Test
    void onlyAPaymentAwaitingProofOrRejectedTakesAProof() {
        world.entries(KOTTAYAM, 1, 0);
        PaymentId payment = paid("50.00");
        upload(payment, PDF, "a.pdf");

        assertThatThrownBy(() -> upload(payment, PDF, "b.pdf")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("ILLEGAL_PAYMENT_TRANSITION"));
        assertThat(world.storage.size()).isEqualTo(1);

        world.decline.execute(payment, FEES, "The slip is unreadable", ADMIN);
        PaymentDetails again = upload(payment, PDF, "c.pdf");
        assertThat(again.payment().status()).isEqualTo(PaymentStatus.PROOF_SUBMITTED);
        assertThat(again.proofs()).hasSize(2);
    }

    @Test
    void aRejectedPaymentTakesNoProofOnceANewerPaymentWasMade() {
        world.entries(KOTTAYAM, 1, 0);
        PaymentId rejected = paid("50.00");
        upload(rejected, PDF, "a.pdf");
        world.decline.execute(rejected, FEES, "The slip is unreadable", ADMIN);
        PaymentId newer = paid("50.00");
        int stored = world.storage.size();

        assertThatThrownBy(() -> upload(rejected, PDF, "b.pdf")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("PAYMENT_SUPERSEDED"));
        assertThat(world.storage.size()).isEqualTo(stored);
        assertThat(world.locks.taken()).last().isEqualTo("KALAMELA_FEES/2026/district/3");

        upload(newer, PDF, "c.pdf");
        world.approve.execute(newer, FEES, ADMIN);
        assertThatThrownBy(() -> upload(rejected, PDF, "d.pdf")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("PAYMENT_SUPERSEDED"));
        assertThat(world.show.execute(rejected, FEES, ADMIN).payment().status()).isEqualTo(PaymentStatus.REJECTED);
        assertThat(world.show.execute(rejected, FEES, ADMIN).proofs()).hasSize(1);
        assertThat(world.accounts.of(world.editions.findCurrent().orElseThrow(), KOTTAYAM).paid())
                .isEqualTo(Money.of("50.00"));
    }

    @Test
    void theDistrictsLatestRejectedPaymentStillTakesAProof() {
        world.entries(KOTTAYAM, 1, 0);
        world.entries(KOLLAM, 1, 0);
        PaymentId rejected = paid("50.00");
        upload(rejected, PDF, "a.pdf");
        world.decline.execute(rejected, FEES, "The slip is unreadable", ADMIN);
        world.pay(OTHER_OFFICIAL, "50.00", null);

        assertThat(upload(rejected, PDF, "b.pdf").payment().status()).isEqualTo(PaymentStatus.PROOF_SUBMITTED);
    }

    @Test
    void aProofWhoseFileIsMissingFromStorageIsNotFoundWithItsOwnCode() {
        world.entries(KOTTAYAM, 1, 0);
        PaymentId payment = paid("50.00");
        PaymentDetails details = upload(payment, PDF, "receipt.pdf");
        ProofId proof = details.proofs().get(0).id();
        world.storage.delete(details.proofs().get(0).key());

        assertThatThrownBy(() -> world.download.execute(new DownloadProof.Command(payment, proof, FEES), ADMIN))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("PROOF_FILE_MISSING"));
    }

    @Test
    void theAdminApprovesOrDeclinesWithAReasonAndEachMoveIsAudited() {
        world.entries(KOTTAYAM, 3, 1);
        PaymentId payment = paid("250.00");
        upload(payment, PDF, "a.pdf");

        assertThatThrownBy(() -> world.decline.execute(payment, FEES, " ", ADMIN)).isInstanceOf(InvalidInput.class);
        world.clock.advance(Duration.ofHours(1));
        PaymentDetails declined = world.decline.execute(payment, FEES, "Amount on the slip is 200", ADMIN);
        assertThat(declined.payment().lastTransition().reason()).isEqualTo("Amount on the slip is 200");
        assertThat(declined.payment().lastTransition().actor()).isEqualTo(ADMIN.accountId());
        upload(payment, PDF, "b.pdf");
        PaymentDetails approved = world.approve.execute(payment, FEES, ADMIN);

        assertThat(approved.payment().status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(approved.payment().history()).hasSize(5);
        assertThat(world.audit.actions()).containsExactly("PAYMENT_CREATED", "PAYMENT_PROOF_SUBMITTED",
                "PAYMENT_REJECTED", "PAYMENT_PROOF_SUBMITTED", "PAYMENT_APPROVED");
        assertThat(world.accounts.of(world.editions.findCurrent().orElseThrow(), KOTTAYAM).balance())
                .isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> world.approve.execute(payment, FEES, ADMIN)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void anEntryRemovedAfterApprovalLeavesACreditAndNothingToPay() {
        world.entries(KOTTAYAM, 3, 0);
        PaymentId payment = paid("150.00");
        upload(payment, PDF, "a.pdf");
        world.approve.execute(payment, FEES, ADMIN);
        world.entries(KOTTAYAM, 2, 0);

        assertThat(world.accounts.of(world.editions.findCurrent().orElseThrow(), KOTTAYAM).credit())
                .isEqualTo(Money.of("50.00"));
        assertThatThrownBy(() -> world.pay(OFFICIAL, "0.01", null)).satisfies(
                e -> assertThat(codeOf(e)).isEqualTo("NOTHING_TO_PAY"));
    }

    @Test
    void onlyAdminsDecideAndOfficialsSeeOnlyTheirDistrictsPayments() {
        world.entries(KOTTAYAM, 1, 0);
        PaymentId payment = paid("50.00");
        upload(payment, PDF, "a.pdf");
        ProofId proof = world.show.execute(payment, FEES, OFFICIAL).proofs().get(0).id();

        assertThatThrownBy(() -> world.approve.execute(payment, FEES, OFFICIAL)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> world.decline.execute(payment, FEES, "no", OFFICIAL)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> world.show.execute(payment, FEES, OTHER_OFFICIAL)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> world.download.execute(new DownloadProof.Command(payment, proof, FEES),
                OTHER_OFFICIAL)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> world.upload.execute(new UploadProof.Command(payment, FEES,
                new ProofUpload("x.pdf", new ByteArrayInputStream(PDF))), OTHER_OFFICIAL))
                .isInstanceOf(NotFound.class);
        assertThat(world.show.execute(payment, FEES, ADMIN).payment().id()).isEqualTo(payment);
    }

    @Test
    void aProofDownloadsWithItsCheckedTypeAndOnlyUnderItsOwnPayment() throws IOException {
        world.entries(KOTTAYAM, 1, 0);
        world.entries(KOLLAM, 1, 0);
        PaymentId payment = paid("50.00");
        PaymentDetails details = upload(payment, PDF, "receipt.pdf");
        ProofId proof = details.proofs().get(0).id();
        PaymentId other = PaymentId.of(world.pay(OTHER_OFFICIAL, "50.00", null).details().payment().id().value());

        ProofDownload download = world.download.execute(new DownloadProof.Command(payment, proof, FEES), ADMIN);
        assertThat(download.mediaType()).isEqualTo("application/pdf");
        assertThat(download.fileName()).isEqualTo("receipt.pdf");
        try (InputStream in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThatThrownBy(() -> world.download.execute(new DownloadProof.Command(other, proof, FEES), ADMIN))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> world.download.execute(new DownloadProof.Command(payment,
                ProofId.of(proof.value() + 1), FEES), ADMIN)).isInstanceOf(NotFound.class);
    }
}
