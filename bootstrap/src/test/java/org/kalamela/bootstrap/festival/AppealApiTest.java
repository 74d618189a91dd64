package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * Appeals over HTTP against real PostgreSQL: filed publicly with the member's phone or by the district's
 * official, within the window, once per entry; the fee through the shared payments; the decision with its reply,
 * the result under appeal and republished; the letter read back from the PDF.
 */
@QuarkusTest
class AppealApiTest {

    private static final String APPEALS = "/api/v1/kalamela/appeals";
    private static final String OFFICIAL_APPEALS = "/api/v1/kalamela/official/appeals";

    private final FestivalApi festival = new FestivalApi();
    private final Api anyone = Api.newClient();

    @Inject
    FestivalSql sql;

    @Inject
    ResultsSql results;

    @Inject
    AppealSql appeals;

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        sql.clearCurrentEdition();
    }

    private ResultsScene publishedLightMusic(int year) {
        ResultsScene scene = new ResultsScene(year, festival, sql, accounts);
        results.tabulate(scene.lightEvent, scene.lightScores());
        ResultsScene.publish(festival, scene.lightEvent);
        return scene;
    }

    private Map<String, Object> publicBody(long event, long entry, String phone, String statement) {
        Map<String, Object> body = new HashMap<>();
        body.put("eventId", event);
        body.put("chestNumber", appeals.chestNumberOfEntry(entry));
        body.put("phone", phone);
        body.put("statement", statement);
        return body;
    }

    private ValidatableResponse filePublicly(Map<String, Object> body, String key) {
        var request = anyone.request().body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(APPEALS).then();
    }

    @Test
    void the_whole_flow_from_a_public_appeal_to_the_republished_result_and_the_letter() throws IOException {
        ResultsScene scene = publishedLightMusic(2451);
        String statement = "Mark of " + FestivalSql.unique("letter") + " was added wrongly";

        String raw = filePublicly(publicBody(scene.lightEvent, scene.cyrilLight, appeals.phoneOfEntry(scene.cyrilLight),
                statement), null).statusCode(201).extract().asString();
        JsonPath filed = JsonPath.from(raw);
        long id = filed.getLong("id");
        assertThat(filed.getString("status")).isEqualTo("SUBMITTED");
        assertThat(filed.getString("fee")).isEqualTo("1000.00");
        assertThat(raw).doesNotContain("Cyril").doesNotContain(appeals.phoneOfEntry(scene.cyrilLight));

        // The admin sees it pending; the fee cannot be confirmed before the district's official has paid it.
        assertThat(festival.admin().get(APPEALS + "/pending").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)).contains(id);
        festival.admin().post(APPEALS + "/" + id + "/confirm-fee").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_PAYMENT_TRANSITION"));
        festival.admin().body(Map.of("decision", "ACCEPT", "reply", "Too early")).post(APPEALS + "/" + id + "/reply")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_APPEAL_TRANSITION"));

        // Carmel's official (second district) takes it up: opens the fee payment and uploads the proof.
        long payment = festival.as(scene.second.token()).post(OFFICIAL_APPEALS + "/" + id + "/fee-payment").then()
                .statusCode(201).body("feePayment.amount", equalTo("1000.00"))
                .body("feePayment.purpose", equalTo("APPEAL_FEE")).extract().jsonPath().getLong("feePayment.id");
        festival.as(scene.first.token()).post(OFFICIAL_APPEALS + "/" + id + "/fee-payment").then().statusCode(404);
        festival.as(scene.second.token()).contentType("multipart/form-data")
                .multiPart("file", "receipt.pdf", PaymentApi.pdf(2048), "application/pdf")
                .post(OFFICIAL_APPEALS + "/fees/" + payment + "/proof").then().statusCode(201)
                .body("status", equalTo("PROOF_SUBMITTED"));

        festival.admin().post(APPEALS + "/" + id + "/confirm-fee").then().statusCode(200)
                .body("appeal.status", equalTo("FEE_CONFIRMED")).body("feePayment.status", equalTo("APPROVED"));
        festival.admin().get(APPEALS + "/" + id + "/letter").then().statusCode(409)
                .body("code", equalTo("APPEAL_NOT_DECIDED"));
        festival.admin().body(Map.of("decision", "ACCEPT", "reply", "")).post(APPEALS + "/" + id + "/reply").then()
                .statusCode(400).body("errors[0].field", equalTo("reply"));
        JsonPath decided = festival.admin().body(Map.of("decision", "accept", "reply", "The marks are re-checked."))
                .post(APPEALS + "/" + id + "/reply").then().statusCode(200).extract().jsonPath();
        assertThat(decided.getString("appeal.status")).isEqualTo("ACCEPTED");
        assertThat(decided.getString("decision.fee")).isEqualTo("REFUNDED");
        assertThat(decided.getInt("decision.resultBefore.rank")).isEqualTo(3);
        assertThat(appeals.eventResultState(scene.lightEvent)).isEqualTo("UNDER_APPEAL");
        assertThat(anyone.request().get("/api/v1/kalamela/results").then().statusCode(200).extract().jsonPath()
                .getList("results.state")).containsExactly("UNDER_APPEAL");
        festival.admin().body(Map.of("decision", "REJECT", "reply", "Again")).post(APPEALS + "/" + id + "/reply")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_APPEAL_TRANSITION"));

        // The revised marks put Cyril first; the republished result moves Carmel's district up the table.
        results.republish(scene.lightEvent, List.of(ResultsSql.Score.entry(scene.cyrilLight, 85, 1, "A", 5, 5),
                ResultsSql.Score.entry(scene.anilLight, 80, 2, "A", 5, 3),
                ResultsSql.Score.entry(scene.bijuLight, 80, 2, "A", 5, 3),
                ResultsSql.Score.entry(scene.danyLight, 45, 4, "C", 1, 0)));
        JsonPath table = anyone.request().get("/api/v1/kalamela/results/district-wise").then().statusCode(200)
                .extract().jsonPath();
        assertThat(table.getInt("rows.find { it.id == " + scene.second.id() + " }.points")).isEqualTo(11);

        String letter = text(festival.admin().accept("*/*").get(APPEALS + "/" + id + "/letter").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertThat(letter).contains("Decision on appeal No. " + id).contains(statement)
                .contains("The marks are re-checked.").contains("ACCEPTED").contains("refunded")
                .contains("Revised result (revision").contains("85.00").contains("55.00");
        String officials = text(festival.as(scene.second.token()).accept("*/*")
                .get(OFFICIAL_APPEALS + "/" + id + "/letter").then().statusCode(200).extract().asByteArray());
        assertThat(officials).contains(statement);
        festival.as(scene.first.token()).accept("*/*").get(OFFICIAL_APPEALS + "/" + id + "/letter").then()
                .statusCode(404);
        assertThat(appeals.auditActions(id)).contains("APPEAL_FILED", "APPEAL_FEE_CONFIRMED", "APPEAL_ACCEPTED",
                "APPEAL_LETTER_PRINTED");
    }

    @Test
    void a_wrong_phone_a_second_appeal_a_late_one_and_an_unpublished_result_are_each_refused_with_their_code() {
        ResultsScene scene = publishedLightMusic(2452);
        results.tabulate(scene.essayEvent, scene.essayScores());
        String danyPhone = appeals.phoneOfEntry(scene.danyLight);

        String wrong = filePublicly(publicBody(scene.lightEvent, scene.danyLight, "9999999999", "Recount"), null)
                .statusCode(409).body("code", equalTo("APPEAL_PHONE_MISMATCH")).extract().asString();
        assertThat(wrong).doesNotContain(danyPhone).doesNotContain("Dany");
        filePublicly(publicBody(scene.essayEvent, scene.beenaEssay, appeals.phoneOfEntry(scene.beenaEssay),
                "Recount"), null).statusCode(409).body("code", equalTo("APPEAL_RESULT_NOT_PUBLISHED"));
        Map<String, Object> unknown = publicBody(scene.lightEvent, scene.danyLight, danyPhone, "Recount");
        unknown.put("eventId", scene.essayEvent + 100000);
        filePublicly(unknown, null).statusCode(404).body("code", equalTo("NOT_FOUND"));

        filePublicly(publicBody(scene.lightEvent, scene.danyLight, danyPhone, "Recount"), null).statusCode(201);
        filePublicly(publicBody(scene.lightEvent, scene.danyLight, danyPhone, "Recount again"), null)
                .statusCode(409).body("code", equalTo("APPEAL_ALREADY_FILED"));
        festival.as(scene.second.token()).body(Map.of("eventId", scene.lightEvent, "chestNumber",
                        appeals.chestNumberOfEntry(scene.danyLight), "statement", "Recount"))
                .post(OFFICIAL_APPEALS).then().statusCode(409).body("code", equalTo("APPEAL_ALREADY_FILED"));

        // The first district's official may not appeal for Carmel's (second district) entry.
        festival.as(scene.first.token()).body(Map.of("eventId", scene.lightEvent, "chestNumber",
                        appeals.chestNumberOfEntry(scene.cyrilLight), "statement", "Recount"))
                .post(OFFICIAL_APPEALS).then().statusCode(409).body("code", equalTo("APPEAL_OTHER_DISTRICT"));

        clock.advance(Duration.ofMinutes(31));
        filePublicly(publicBody(scene.lightEvent, scene.anilLight, appeals.phoneOfEntry(scene.anilLight), "Late"),
                null).statusCode(409).body("code", equalTo("APPEAL_WINDOW_CLOSED"));
        assertThat(appeals.appealsOfEntry(scene.anilLight)).isZero();
    }

    @Test
    void an_official_files_for_the_districts_team_and_its_fee_payment_opens_at_once() {
        ResultsScene scene = new ResultsScene(2453, festival, sql, accounts);
        results.tabulate(scene.groupEvent, scene.groupScores());
        ResultsScene.publish(festival, scene.groupEvent);

        JsonPath appeal = festival.as(scene.first.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("eventId", scene.groupEvent, "teamCode", scene.zionTeamCode, "statement", "Recount"))
                .post(OFFICIAL_APPEALS).then().statusCode(201).extract().jsonPath();
        assertThat(appeal.getString("appeal.teamCode")).isEqualTo(scene.zionTeamCode);
        assertThat(appeal.getBoolean("appeal.filedPublicly")).isFalse();
        assertThat(appeal.getString("feePayment.status")).isEqualTo("AWAITING_PROOF");
        long id = appeal.getLong("appeal.id");
        assertThat(festival.as(scene.first.token()).get(OFFICIAL_APPEALS).then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)).containsExactly(id);
        assertThat(festival.as(scene.second.token()).get(OFFICIAL_APPEALS).then().statusCode(200).extract()
                .jsonPath().getList("items")).isEmpty();
        festival.as(scene.second.token()).get(OFFICIAL_APPEALS + "/" + id).then().statusCode(404);
        festival.as(scene.first.token()).post(OFFICIAL_APPEALS + "/" + id + "/fee-payment").then().statusCode(409)
                .body("code", equalTo("PAYMENT_ALREADY_OPEN"));

        // A team member's phone files publicly too, but the team has its appeal already.
        filePublicly(Map.of("eventId", scene.groupEvent, "teamCode", scene.zionTeamCode, "phone",
                appeals.phoneOfTeamMember(scene.zionTeam), "statement", "Recount"), null).statusCode(409)
                .body("code", equalTo("APPEAL_ALREADY_FILED"));
    }

    @Test
    void a_retry_with_the_same_key_answers_the_first_appeal_and_another_body_with_it_is_refused() {
        ResultsScene scene = publishedLightMusic(2454);
        Map<String, Object> body = publicBody(scene.lightEvent, scene.bijuLight, appeals.phoneOfEntry(scene.bijuLight),
                "Recount");
        String key = UUID.randomUUID().toString();

        long first = filePublicly(body, key).statusCode(201).extract().jsonPath().getLong("id");
        long again = filePublicly(body, key).statusCode(201).extract().jsonPath().getLong("id");
        assertThat(again).isEqualTo(first);
        body.put("statement", "Something else");
        filePublicly(body, key).statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(appeals.appealsOfEntry(scene.bijuLight)).isEqualTo(1);
    }

    @Test
    void two_racing_appeals_for_one_entry_give_one_appeal() throws Exception {
        ResultsScene scene = publishedLightMusic(2455);
        Map<String, Object> body = publicBody(scene.lightEvent, scene.anilLight, appeals.phoneOfEntry(scene.anilLight),
                "Recount");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> filings = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                filings.add(() -> filePublicly(body, UUID.randomUUID().toString()).extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(filings)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(appeals.appealsOfEntry(scene.anilLight)).isEqualTo(1);
    }

    @Test
    void bad_input_is_a_field_error_and_only_the_admin_decides() {
        ResultsScene scene = publishedLightMusic(2456);
        Map<String, Object> both = publicBody(scene.lightEvent, scene.anilLight, "98765", "");
        both.put("teamCode", "GS-1");
        JsonPath errors = filePublicly(both, null).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .extract().jsonPath();
        assertThat(errors.getList("errors.field")).contains("teamCode", "statement", "phone");

        festival.as(scene.first.token()).get(APPEALS + "/pending").then().statusCode(403);
        festival.as(scene.first.token()).post(APPEALS + "/1/confirm-fee").then().statusCode(403);
        RestAssured.given().get(APPEALS + "/pending").then().statusCode(401);
        festival.admin().get(APPEALS + "/0").then().statusCode(404);
        festival.admin().get(APPEALS + "?status=LOST").then().statusCode(400);
        festival.admin().post(OFFICIAL_APPEALS).then().statusCode(403);
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
