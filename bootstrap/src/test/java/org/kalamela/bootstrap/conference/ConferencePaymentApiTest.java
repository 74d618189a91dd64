package org.kalamela.bootstrap.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.conference.ConferenceApi.District;
import org.kalamela.bootstrap.festival.FestivalSql;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The conference's fees through the shared payments: 300 per delegate, officials included; the official pays
 * (idempotently), uploads the proof, the admin confirms; another district's payment is 404.
 */
@QuarkusTest
class ConferencePaymentApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private static byte[] png() {
        byte[] bytes = new byte[2048];
        byte[] head = "\u0089PNG\r\n\u001a\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    @Test
    void the_official_pays_for_the_delegates_and_the_admin_confirms() throws IOException {
        ConferenceApi conference = new ConferenceApi(sql, accounts);
        long id = conference.activeConference("Paid conference");
        String base = "/api/v1/conference/" + id;
        District adoor = conference.district(2, 5, true);
        District kollam = conference.district(2, 5, true);
        conference.admin().body(Map.of("memberId", conference.member(adoor, "Mary", "F"), "foodPreference", "VEG",
                "accommodation", false)).post(base + "/delegates/official-from-member").then().statusCode(201);
        conference.as(adoor.token()).body(conference.delegate(conference.member(adoor, "Anu", "F")))
                .post(base + "/delegates/member").then().statusCode(201);

        conference.as(adoor.token()).body(Map.of("amount", "300.00")).post(base + "/payments").then()
                .statusCode(409).body("code", equalTo("CONFERENCE_AMOUNT_NOT_BALANCE"));
        String location = conference.as(adoor.token()).header("Idempotency-Key", "conference-pay-1")
                .body(Map.of("amount", "600.00")).post(base + "/payments").then().statusCode(201)
                .body("purpose", equalTo("CONFERENCE_FEES")).body("scope", equalTo((int) id))
                .body("amount", equalTo("600.00")).body("status", equalTo("AWAITING_PROOF"))
                .extract().header("Location");
        long payment = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        conference.as(adoor.token()).header("Idempotency-Key", "conference-pay-1").body(Map.of("amount", "600.00"))
                .post(base + "/payments").then().statusCode(201).body("id", equalTo((int) payment));
        conference.as(adoor.token()).body(Map.of("amount", "600.00")).post(base + "/payments").then()
                .statusCode(409).body("code", equalTo("PAYMENT_ALREADY_OPEN"));

        conference.as(kollam.token()).get(location).then().statusCode(404);
        conference.as(kollam.token()).contentType("multipart/form-data").multiPart("file", "proof.png", png(),
                "image/png").post(location + "/proof").then().statusCode(404);
        conference.as(adoor.token()).contentType("multipart/form-data").multiPart("file", "proof.png", png(),
                "image/png").post(location + "/proof").then().statusCode(201)
                .body("status", equalTo("PROOF_SUBMITTED"));

        conference.admin().queryParam("status", "PROOF_SUBMITTED").get(base + "/payments").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].districtId", equalTo((int) adoor.id()));
        conference.as(adoor.token()).post(location + "/confirm").then().statusCode(403);
        conference.admin().post(location + "/confirm").then().statusCode(200).body("status", equalTo("APPROVED"));
        conference.admin().get("/api/v1/kalamela/payments/" + payment).then().statusCode(404);

        conference.as(adoor.token()).body(Map.of("amount", "600.00")).post(base + "/payments").then()
                .statusCode(409).body("code", equalTo("CONFERENCE_NOTHING_TO_PAY"));
        conference.as(adoor.token()).get(base + "/payments").then().statusCode(200).body("total", equalTo(1));
        conference.as(kollam.token()).get(base + "/payments").then().statusCode(200).body("total", equalTo(0));
        assertThat(sql.count("SELECT count(*) FROM payments WHERE conference_id = ?1 AND status = 'APPROVED'", id))
                .isEqualTo(1);

        conference.admin().get(base + "/summary").then().statusCode(200)
                .body("districts.find { it.districtId == " + adoor.id() + " }.paymentStatus", equalTo("APPROVED"))
                .body("districts.find { it.districtId == " + adoor.id() + " }.paid", equalTo("600.00"))
                .body("districts.find { it.districtId == " + adoor.id() + " }.balance", equalTo("0.00"))
                .body("districts.find { it.districtId == " + kollam.id() + " }.paymentStatus",
                        equalTo("NOT_CREATED"));
        conference.as(adoor.token()).get(base + "/summary/district").then().statusCode(200)
                .body("paymentStatus", equalTo("APPROVED")).body("feesDue", equalTo("600.00"))
                .body("paid", equalTo("600.00")).body("credit", equalTo("0.00"));
        byte[] summary = conference.as(adoor.token()).accept("*/*").get(base + "/export").then().statusCode(200)
                .extract().asByteArray();
        assertThat(rows(summary, "Districts").get(1).subList(11, 16))
                .containsExactly("600.00", "600.00", "0.00", "0.00", "APPROVED");
    }

    @Test
    void the_admin_exports_the_conferences_payments_and_an_official_may_not() throws IOException {
        ConferenceApi conference = new ConferenceApi(sql, accounts);
        long id = conference.activeConference("Payments exported");
        String base = "/api/v1/conference/" + id;
        District adoor = conference.district(2, 5, true);
        conference.as(adoor.token()).body(conference.delegate(conference.member(adoor, "Anu", "F")))
                .post(base + "/delegates/member").then().statusCode(201);
        long payment = conference.as(adoor.token()).body(Map.of("amount", "300.00")).post(base + "/payments").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        ExtractableResponse<Response> response = conference.admin().accept("*/*").get(base + "/payments/export")
                .then().statusCode(200).contentType(XLSX).extract();

        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"conference-" + id + "-payments.xlsx\"");
        List<List<String>> rows = rows(response.asByteArray(), "Payments");
        assertThat(rows.get(0)).containsExactly("Payment", "District", "Amount", "Status", "Created (UTC)",
                "Last change (UTC)", "Proofs");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).subList(0, 4)).containsExactly(Long.toString(payment), adoor.name(), "300.00",
                "AWAITING_PROOF");
        assertThat(rows.get(1).get(6)).isEqualTo("0");
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT_CONFERENCE_PAYMENTS'"
                + " AND target_id = ?1", "conference-" + id + "-payments")).isEqualTo(1);
        conference.as(adoor.token()).accept("*/*").get(base + "/payments/export").then().statusCode(403);
        conference.admin().accept("*/*").get("/api/v1/conference/" + (id + 999) + "/payments/export").then()
                .statusCode(404);
    }

    private static List<List<String>> rows(byte[] file, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow();
            return sheet.read().stream().map(row -> IntStream.range(0, row.getCellCount())
                    .mapToObj(row::getCellText).toList()).toList();
        }
    }
}
