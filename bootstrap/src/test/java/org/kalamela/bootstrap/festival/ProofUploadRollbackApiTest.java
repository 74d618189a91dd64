package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.payment.proof.NewProof;
import org.kalamela.domain.payment.proof.ProofRepository;

/**
 * A proof upload that fails after its file was stored (here the proof's record cannot be written, as when the
 * database goes away mid-request) leaves no file behind and the payment as it was: the stored file is deleted
 * when the transaction rolls back, and the payment's move rolls back with it.
 */
@QuarkusTest
class ProofUploadRollbackApiTest {

    private static final int YEAR = 2312;

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @InjectMock
    ProofRepository proofs;

    @ConfigProperty(name = "kalamela.uploads.dir")
    String uploads;

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(uploads))) {
            return files.sorted().toList();
        }
    }

    @Test
    void aFailureAfterTheFileIsStoredLeavesNoFileAndAnUnchangedPayment() throws IOException {
        PaymentApi payments = new PaymentApi(festival, sql);
        FestivalApi.District district = festival.district(sql, accounts);
        payments.oneEntry(district, festival.individualEvent(YEAR, FestivalSql.unique("Essay"), null, null));
        long payment = payments.payment(district, "50.00");
        when(proofs.add(any(NewProof.class))).thenThrow(new IllegalStateException("the database went away"));
        List<Path> before = storedFiles();

        payments.upload(district, payment, "receipt.pdf", PaymentApi.pdf(300_000), "application/pdf")
                .statusCode(500).body("code", equalTo("INTERNAL_ERROR"));

        assertThat(storedFiles()).isEqualTo(before);
        assertThat(sql.count("SELECT count(*) FROM payments WHERE id = ?1 AND status = 'AWAITING_PROOF'", payment))
                .isEqualTo(1);
        assertThat(sql.count("SELECT count(*) FROM payment_transitions WHERE payment_id = ?1", payment)).isEqualTo(1);
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'PAYMENT_PROOF_SUBMITTED'"
                + " AND target_id = ?1", Long.toString(payment))).isZero();
    }
}
