package org.kalamela.bootstrap.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
    void the_official_pays_for_the_delegates_and_the_admin_confirms() {
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
    }
}
