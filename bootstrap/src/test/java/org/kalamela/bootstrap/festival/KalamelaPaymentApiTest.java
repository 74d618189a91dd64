package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.kalamela.bootstrap.festival.PaymentApi.ADMIN_PAYMENTS;
import static org.kalamela.bootstrap.festival.PaymentApi.MIB;
import static org.kalamela.bootstrap.festival.PaymentApi.OFFICIAL_PAYMENTS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * A district official pays the Kalamela fees over HTTP and the admin reviews the payment: idempotent creation,
 * one open payment under parallel requests, proofs checked by content and size, downloads that are only ever
 * attachments, and another district's payment or proof not found.
 */
@QuarkusTest
class KalamelaPaymentApiTest {

    private static final int YEAR = 2311;
    private static final String PROBLEM = "application/problem+json";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @ConfigProperty(name = "kalamela.uploads.dir")
    String uploads;

    private PaymentApi payments;
    private long event;
    private FestivalApi.District district;

    @BeforeEach
    void districtOwingOneEntry() {
        payments = new PaymentApi(festival, sql);
        festival.currentEdition(YEAR);
        event = festival.individualEvent(YEAR, FestivalSql.unique("Elocution"), null, null);
        district = festival.district(sql, accounts);
        payments.oneEntry(district, event);
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private long paymentsOf(FestivalApi.District d) {
        return sql.count("SELECT count(*) FROM payments WHERE district_id = ?1", d.id());
    }

    @Test
    void theBalanceIsPaidOnceAndAnIdempotentRetryAnswersTheSamePayment() {
        ExtractableResponse<Response> first = payments.create(district, "50.00", "retry-key-1").statusCode(201)
                .body("amount", equalTo("50.00")).body("status", equalTo("AWAITING_PROOF"))
                .body("purpose", equalTo("KALAMELA_FEES")).body("scope", equalTo(YEAR))
                .body("history", hasSize(1)).body("history[0].from", nullValue())
                .body("history[0].to", equalTo("AWAITING_PROOF")).extract();
        long id = first.jsonPath().getLong("id");
        assertThat(first.header("Location")).endsWith(OFFICIAL_PAYMENTS + "/" + id);

        payments.create(district, "50.00", "retry-key-1").statusCode(201).body("id", equalTo((int) id))
                .header("Location", first.header("Location"));
        payments.create(district, "50.0", "retry-key-1").statusCode(201).body("id", equalTo((int) id));
        assertThat(paymentsOf(district)).isEqualTo(1);
        festival.as(district.token()).get(OFFICIAL_PAYMENTS + "/" + id).then().statusCode(200)
                .body("amount", equalTo("50.00"));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        payments.create(district, "50.00", "reused-key").statusCode(201);
        payments.create(district, "60.00", "reused-key").statusCode(422).contentType(PROBLEM)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(paymentsOf(district)).isEqualTo(1);
    }

    @Test
    void aStaleAmountNothingToPayAndASecondOpenPaymentAreRefused() {
        payments.create(district, "100.00", null).statusCode(409).body("code", equalTo("AMOUNT_NOT_BALANCE"));
        payments.create(district, "abc", null).statusCode(400).body("errors[0].field", equalTo("amount"));
        payments.create(district, "-50.00", null).statusCode(400).body("errors[0].field", equalTo("amount"));
        festival.as(district.token()).header("Idempotency-Key", "has space").body(Map.of("amount", "50.00"))
                .post(OFFICIAL_PAYMENTS).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        payments.payment(district, "50.00");
        payments.create(district, "50.00", null).statusCode(409).body("code", equalTo("PAYMENT_ALREADY_OPEN"));

        FestivalApi.District nothingEntered = festival.district(sql, accounts);
        payments.create(nothingEntered, "0.01", null).statusCode(409).body("code", equalTo("NOTHING_TO_PAY"));
    }

    @Test
    void twoParallelCreationsWithDifferentKeysGiveOnePaymentAndOne409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String key : List.of("parallel-a", "parallel-b")) {
            Callable<Integer> call = () -> {
                gate.await();
                return payments.create(district, "50.00", key).extract().statusCode();
            };
            answers.add(pool.submit(call));
        }
        gate.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(paymentsOf(district)).isEqualTo(1);
    }

    @Test
    void twoParallelCreationsWithTheSameKeyGiveOnePaymentAndTheSameAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<ExtractableResponse<Response>> call = () -> {
                gate.await();
                return payments.create(district, "50.00", "parallel-same-key").extract();
            };
            answers.add(pool.submit(call));
        }
        gate.countDown();
        List<ExtractableResponse<Response>> responses = new ArrayList<>();
        for (Future<ExtractableResponse<Response>> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsExactly(201, 201);
        assertThat(responses.get(0).jsonPath().getLong("id")).isEqualTo(responses.get(1).jsonPath().getLong("id"));
        assertThat(responses.get(0).header("Location")).isEqualTo(responses.get(1).header("Location"));
        assertThat(responses.get(0).jsonPath().getString("amount"))
                .isEqualTo(responses.get(1).jsonPath().getString("amount")).isEqualTo("50.00");
        assertThat(paymentsOf(district)).isEqualTo(1);
        assertThat(sql.count("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = 'parallel-same-key'"
                + " AND account_id = (SELECT created_by FROM payments WHERE district_id = ?1)", district.id()))
                .isEqualTo(1);
    }

    @Test
    void aRejectedPaymentTakesNoProofOnceANewerPaymentOfTheBalanceWasApproved() {
        long rejected = payments.payment(district, "50.00");
        payments.upload(district, rejected, "a.pdf", PaymentApi.pdf(100), "application/pdf").statusCode(201);
        payments.decline(rejected, "The slip is unreadable").statusCode(200);
        long newer = payments.payment(district, "50.00");

        payments.upload(district, rejected, "b.pdf", PaymentApi.pdf(100), "application/pdf").statusCode(409)
                .contentType(PROBLEM).body("code", equalTo("PAYMENT_SUPERSEDED"));
        payments.upload(district, newer, "c.pdf", PaymentApi.pdf(100), "application/pdf").statusCode(201);
        festival.admin().post(ADMIN_PAYMENTS + "/" + newer + "/approve").then().statusCode(200);

        payments.upload(district, rejected, "d.pdf", PaymentApi.pdf(100), "application/pdf").statusCode(409)
                .contentType(PROBLEM).body("code", equalTo("PAYMENT_SUPERSEDED"));
        festival.as(district.token()).get(OFFICIAL_PAYMENTS + "/" + rejected).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("proofs", hasSize(1));
        assertThat(sql.count("SELECT count(*) FROM payments WHERE district_id = ?1 AND status = 'APPROVED'",
                district.id())).isEqualTo(1);
    }

    @Test
    void aProofWhoseFileIsMissingFromStorageIsAProblemWithItsOwnCode() throws Exception {
        long payment = payments.payment(district, "50.00");
        long proof = payments.upload(district, payment, "a.pdf", PaymentApi.pdf(100), "application/pdf")
                .statusCode(201).extract().jsonPath().getLong("proofs[0].id");
        String key = (String) sql.rows("SELECT storage_key, id FROM payment_proofs WHERE id = ?1", proof).get(0)[0];
        Files.delete(Path.of(uploads).resolve(key));

        festival.admin().accept("*/*").get(ADMIN_PAYMENTS + "/" + payment + "/proofs/" + proof).then()
                .statusCode(404).contentType(PROBLEM).body("code", equalTo("PROOF_FILE_MISSING"));
        festival.as(district.token()).accept("*/*").get(OFFICIAL_PAYMENTS + "/" + payment + "/proofs/" + proof)
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("PROOF_FILE_MISSING"));
    }

    @Test
    void eachAllowedTypeIsAcceptedAndDownloadedWithItsCheckedType() {
        long payment = payments.payment(district, "50.00");
        String[][] kinds = {{"receipt.pdf", "application/pdf"}, {"slip.png", "image/png"}, {"photo.jpg", "image/jpeg"}};
        byte[][] files = {PaymentApi.pdf(4096), PaymentApi.png(), PaymentApi.jpeg()};
        for (int i = 0; i < kinds.length; i++) {
            ExtractableResponse<Response> uploaded = payments.upload(district, payment, kinds[i][0], files[i],
                            "application/octet-stream").statusCode(201)
                    .body("status", equalTo("PROOF_SUBMITTED")).body("proofs", hasSize(i + 1))
                    .body("proofs[" + i + "].contentType", equalTo(kinds[i][1]))
                    .body("proofs[" + i + "].fileName", equalTo(kinds[i][0])).extract();
            long proof = uploaded.jsonPath().getLong("proofs[" + i + "].id");
            byte[] official = festival.as(district.token()).accept("*/*")
                    .get(OFFICIAL_PAYMENTS + "/" + payment + "/proofs/" + proof).then().statusCode(200)
                    .contentType(kinds[i][1]).header("Content-Disposition",
                            "attachment; filename=\"" + kinds[i][0] + "\"")
                    .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
            assertThat(official).isEqualTo(files[i]);
            byte[] admin = festival.admin().accept("*/*").get(ADMIN_PAYMENTS + "/" + payment + "/proofs/" + proof)
                    .then().statusCode(200).contentType(kinds[i][1]).extract().asByteArray();
            assertThat(admin).isEqualTo(files[i]);
            if (i < kinds.length - 1) {
                payments.decline(payment, "Try another file").statusCode(200).body("status", equalTo("REJECTED"));
            }
        }
    }

    @Test
    void aRenamedTextFileAnEmptyFileAndOneByteOverFiveMebibytesAreRefused() {
        long payment = payments.payment(district, "50.00");
        byte[] text = "I paid 50 rupees, honest".getBytes(StandardCharsets.UTF_8);

        payments.upload(district, payment, "receipt.pdf", text, "application/pdf").statusCode(415)
                .contentType(PROBLEM).body("code", equalTo("PROOF_TYPE_NOT_ALLOWED"));
        payments.upload(district, payment, "receipt.pdf", new byte[0], "application/pdf").statusCode(415)
                .contentType(PROBLEM).body("code", equalTo("PROOF_TYPE_NOT_ALLOWED"));
        payments.upload(district, payment, "big.pdf", PaymentApi.pdf(5 * MIB + 1), "application/pdf")
                .statusCode(413).contentType(PROBLEM).body("code", equalTo("PROOF_TOO_LARGE"));
        assertThat(sql.count("SELECT count(*) FROM payment_proofs WHERE payment_id = ?1", payment)).isZero();
        festival.as(district.token()).get(OFFICIAL_PAYMENTS + "/" + payment).then()
                .body("status", equalTo("AWAITING_PROOF"));

        payments.upload(district, payment, "exact.pdf", PaymentApi.pdf(5 * MIB), "application/pdf")
                .statusCode(201).body("proofs[0].size", equalTo(5 * MIB));
    }

    @Test
    void aPolyglotPdfIsServedBackOnlyAsAnAttachmentOfItsCheckedType() {
        long payment = payments.payment(district, "50.00");
        byte[] polyglot = "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        long proof = payments.upload(district, payment, "page.html", polyglot, "text/html").statusCode(201)
                .body("proofs[0].contentType", equalTo("application/pdf"))
                .body("proofs[0].fileName", equalTo("page.html")).extract().jsonPath().getLong("proofs[0].id");

        byte[] served = festival.admin().accept("text/html,*/*").get(ADMIN_PAYMENTS + "/" + payment + "/proofs/" + proof)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"page.html\"")
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(served).isEqualTo(polyglot);
    }

    @Test
    void anotherDistrictsPaymentAndProofAreNotFound() {
        long payment = payments.payment(district, "50.00");
        long proof = payments.upload(district, payment, "a.pdf", PaymentApi.pdf(100), "application/pdf")
                .statusCode(201).extract().jsonPath().getLong("proofs[0].id");
        FestivalApi.District other = festival.district(sql, accounts);

        festival.as(other.token()).get(OFFICIAL_PAYMENTS + "/" + payment).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        festival.as(other.token()).accept("*/*").get(OFFICIAL_PAYMENTS + "/" + payment + "/proofs/" + proof).then()
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        payments.upload(other, payment, "b.pdf", PaymentApi.pdf(100), "application/pdf").statusCode(404);
        festival.as(district.token()).accept("*/*").get(OFFICIAL_PAYMENTS + "/" + payment + "/proofs/" + (proof + 999))
                .then().statusCode(404);
    }

    @Test
    void onlyTheAdminApprovesOrDeclinesAndEveryMoveIsAudited() {
        long payment = payments.payment(district, "50.00");
        payments.upload(district, payment, "a.pdf", PaymentApi.pdf(100), "application/pdf").statusCode(201);

        festival.as(district.token()).post(ADMIN_PAYMENTS + "/" + payment + "/approve").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        festival.as(district.token()).body(Map.of("reason", "no")).post(ADMIN_PAYMENTS + "/" + payment + "/decline")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        festival.api().request().post(ADMIN_PAYMENTS + "/" + payment + "/approve").then().statusCode(401);
        payments.decline(payment, "  ").statusCode(400).body("errors[0].field", equalTo("reason"));

        payments.decline(payment, "The amount on the slip is wrong").statusCode(200)
                .body("history[2].reason", equalTo("The amount on the slip is wrong"));
        payments.upload(district, payment, "b.pdf", PaymentApi.pdf(100), "application/pdf").statusCode(201);
        festival.admin().post(ADMIN_PAYMENTS + "/" + payment + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("history", hasSize(5)).body("proofs", hasSize(2));
        festival.admin().post(ADMIN_PAYMENTS + "/" + payment + "/approve").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_PAYMENT_TRANSITION"));

        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE target_type = 'payment' AND target_id = ?1"
                + " AND action LIKE 'PAYMENT_%'", Long.toString(payment))).isEqualTo(5);
        festival.admin().get(ADMIN_PAYMENTS + "?status=APPROVED&districtId=" + district.id()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) payment))
                .body("items[0].amount", equalTo("50.00")).body("items[0].proofs", equalTo(2))
                .body("items[0].districtName", equalTo(district.name()));
        festival.admin().get(ADMIN_PAYMENTS + "?status=REJECTED&districtId=" + district.id()).then()
                .body("total", equalTo(0));
        festival.admin().get(ADMIN_PAYMENTS + "?status=PAID").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        payments.create(district, "50.00", null).statusCode(409).body("code", equalTo("NOTHING_TO_PAY"));
    }
}
