package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The appeal of issue 14 walked through the endpoints only, on marks the judges gave on their own sheets:
 * entries, the draw once registration closed, a panel of three marking code letters, publication, Cyril's public
 * appeal within the window, the fee paid and confirmed, the appeal accepted with a reply (the result shown under
 * appeal), the tabulator's corrections of two locked sheets with a reason (the audit log keeps old and new
 * marks), and the republication: revision + 1, Cyril first, the championship tables turned, and the appeal window
 * still counted from the first publication. Only what an appellant knows (the member's phone) is read in SQL.
 */
@QuarkusTest
class AppealRevisionFlowApiTest {

    private static final int YEAR = 2461;
    private static final String APPEALS = "/api/v1/kalamela/appeals";
    private static final String RESULTS = "/api/v1/kalamela/results";

    private final FestivalApi festival = new FestivalApi();
    private final Api anyone = Api.newClient();

    @Inject
    FestivalSql sql;

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

    private record Entered(long id, int chestNumber) {
    }

    private Entered enter(FestivalApi.District district, long event, long member) {
        JsonPath entry = festival.enter(district, event, member).statusCode(201).extract().jsonPath();
        return new Entered(entry.getLong("id"), entry.getInt("chestNumber"));
    }

    private static Map<String, Object> mark(String letter, String mark) {
        return Map.of("codeLetter", letter, "criterion", 1, "mark", new BigDecimal(mark));
    }

    private static JsonPath read(Api api, String path) {
        return api.request().get(path).then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> appealOf(long event, Entered entry, String statement) {
        Map<String, Object> body = new HashMap<>();
        body.put("eventId", event);
        body.put("chestNumber", entry.chestNumber());
        body.put("phone", appeals.phoneOfEntry(entry.id()));
        body.put("statement", statement);
        return body;
    }

    @Test
    void an_accepted_appeal_corrects_locked_sheets_and_the_republished_result_turns_the_championship() {
        festival.currentEdition(YEAR);
        FestivalApi.District first = festival.district(sql, accounts);
        FestivalApi.District second = festival.district(sql, accounts);
        long bethel = sql.unit(first.id(), FestivalSql.unique("Bethel"));
        long zion = sql.unit(first.id(), FestivalSql.unique("Zion"));
        long carmel = sql.unit(second.id(), FestivalSql.unique("Carmel"));
        String anilName = FestivalSql.unique("Anil");
        String bijuName = FestivalSql.unique("Biju");
        String cyrilName = FestivalSql.unique("Cyril");
        long event = festival.individualEvent(YEAR, FestivalSql.unique("Light music"), null, null);
        Entered anil = enter(first, event, sql.member(bethel, anilName, "M", FestivalApi.SENIOR));
        Entered biju = enter(first, event, sql.member(zion, bijuName, "M", FestivalApi.SENIOR));
        Entered cyril = enter(second, event, sql.member(carmel, cyrilName, "M", FestivalApi.SENIOR));
        Entered dany = enter(second, event, sql.member(carmel, FestivalSql.unique("Dany"), "M", FestivalApi.SENIOR));

        // Registration closes; then the order of appearance is drawn and read back as chest number -> code letter.
        festival.closeRegistration(YEAR);
        JsonPath drawn = festival.admin().post("/api/v1/kalamela/admin/events/" + event + "/draw").then()
                .statusCode(200).extract().jsonPath();
        Map<String, String> letterOf = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            letterOf.put(drawn.getString("appearances[" + i + "].number"),
                    drawn.getString("appearances[" + i + "].codeLetter"));
        }
        String a = letterOf.get(Integer.toString(anil.chestNumber()));
        String b = letterOf.get(Integer.toString(biju.chestNumber()));
        String c = letterOf.get(Integer.toString(cyril.chestNumber()));
        String d = letterOf.get(Integer.toString(dany.chestNumber()));

        // Three judges on the panel (the default criterion, Overall of 100), each marking and submitting.
        List<JudgeAccounts.Judge> judges = List.of(judge(), judge(), judge());
        for (JudgeAccounts.Judge judge : judges) {
            festival.admin().body(Map.of("judgeId", judge.id().value()))
                    .post("/api/v1/kalamela/admin/events/" + event + "/panel").then().statusCode(201);
        }
        String sheet = "/api/v1/judging/events/" + event + "/sheet";
        for (JudgeAccounts.Judge judge : judges) {
            festival.as(judge.token()).body(Map.of("marks", List.of(mark(a, "80"), mark(b, "70"), mark(c, "60"),
                    mark(d, "45")))).put(sheet).then().statusCode(200);
            festival.as(judge.token()).post(sheet + "/submit").then().statusCode(200);
        }

        String result = "/api/v1/kalamela/admin/events/" + event + "/result";
        JsonPath published = festival.admin().post(result + "/publish").then().statusCode(200).extract().jsonPath();
        assertThat(published.getInt("revision")).isZero();
        int resultNumber = published.getInt("resultNumber");
        // As stored (PostgreSQL keeps microseconds; the publishing response carries the clock's own precision).
        String firstPublishedAt = festival.admin().get(result).then().statusCode(200).extract().path("firstPublishedAt");
        JsonPath before = read(anyone, RESULTS);
        assertThat(before.getList("results.state")).containsExactly("PUBLISHED");
        assertThat(before.getList("results[0].places.name")).containsExactly(anilName, bijuName, cyrilName);
        // Anil 80 (A, first: 10), Biju 70 (8), Cyril 60 (6), Dany 45 (C: 1).
        JsonPath districtsBefore = read(anyone, RESULTS + "/district-wise");
        assertThat(districtsBefore.getList("rows.id", Long.class)).containsExactly(first.id(), second.id());
        assertThat(districtsBefore.getList("rows.points")).containsExactly(18, 7);
        assertThat(read(anyone, RESULTS + "/unit-wise").getList("rows.id", Long.class))
                .containsExactly(bethel, zion, carmel);

        // Cyril appeals publicly within the window; Carmel's official pays the fee, the admin confirms it.
        long appeal = anyone.request().body(appealOf(event, cyril, "My mark was added wrongly")).post(APPEALS).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long payment = festival.as(second.token()).post("/api/v1/kalamela/official/appeals/" + appeal
                + "/fee-payment").then().statusCode(201).extract().jsonPath().getLong("feePayment.id");
        festival.as(second.token()).contentType("multipart/form-data")
                .multiPart("file", "receipt.pdf", PaymentApi.pdf(2048), "application/pdf")
                .post("/api/v1/kalamela/official/appeals/fees/" + payment + "/proof").then().statusCode(201);
        festival.admin().post(APPEALS + "/" + appeal + "/confirm-fee").then().statusCode(200)
                .body("appeal.status", equalTo("FEE_CONFIRMED"));

        // A locked sheet is not corrected while the result stands published.
        String correction = "/api/v1/kalamela/admin/events/" + event + "/sheets/" + judges.get(0).id().value()
                + "/correction";
        festival.admin().body(Map.of("marks", List.of(mark(c, "95")), "reason", "Too early")).post(correction)
                .then().statusCode(409).body("code", equalTo("RESULT_PUBLISHED"));

        festival.admin().body(Map.of("decision", "ACCEPT", "reply", "The sheets are re-checked."))
                .post(APPEALS + "/" + appeal + "/reply").then().statusCode(200)
                .body("appeal.status", equalTo("ACCEPTED"));
        assertThat(read(anyone, RESULTS).getList("results.state")).containsExactly("UNDER_APPEAL");

        // Two judges' locked sheets corrected with a reason: Cyril 60 -> 95 on both, a mean of 83.33.
        for (JudgeAccounts.Judge judge : judges.subList(0, 2)) {
            festival.admin().body(Map.of("marks", List.of(mark(c, "95")), "reason", "Totals misread on appeal"))
                    .post("/api/v1/kalamela/admin/events/" + event + "/sheets/" + judge.id().value() + "/correction")
                    .then().statusCode(200);
        }
        festival.as(judges.get(2).token()).body(Map.of("marks", List.of(mark(c, "95")))).put(sheet).then()
                .statusCode(409).body("code", equalTo("SHEET_LOCKED"));
        JsonPath audit = festival.admin().queryParam("action", "SHEET_CORRECTED").get("/api/v1/admin/audit-log")
                .then().statusCode(200).extract().jsonPath();
        for (JudgeAccounts.Judge judge : judges.subList(0, 2)) {
            String target = event + "/" + judge.id().value();
            assertThat(audit.getString("items.find { it.targetId == '" + target + "' }.details.old"))
                    .isEqualTo(c + "/1 60.00");
            assertThat(audit.getString("items.find { it.targetId == '" + target + "' }.details.new"))
                    .isEqualTo(c + "/1 95.00");
            assertThat(audit.getString("items.find { it.targetId == '" + target + "' }.details.reason"))
                    .isEqualTo("Totals misread on appeal");
        }
        JsonPath pending = festival.admin().get(result).then().statusCode(200).extract().jsonPath();
        assertThat(pending.getBoolean("revisionPending")).isTrue();
        assertThat(pending.getString("lines.find { it.codeLetter == '" + c + "' }.mark")).isEqualTo("83.33");
        JsonPath stillPublished = read(anyone, RESULTS);
        assertThat(stillPublished.getList("results[0].places.name")).containsExactly(anilName, bijuName, cyrilName);

        // The decision takes longer than the window: republishing must not open it again.
        clock.advance(Duration.ofMinutes(31));
        JsonPath republished = festival.admin().post(result + "/republish").then().statusCode(200).extract()
                .jsonPath();

        assertThat(republished.getString("state")).isEqualTo("PUBLISHED");
        assertThat(republished.getInt("revision")).isEqualTo(1);
        assertThat(republished.getInt("resultNumber")).isEqualTo(resultNumber);
        assertThat(republished.getString("firstPublishedAt")).isEqualTo(firstPublishedAt);
        assertThat(republished.getString("lines.find { it.codeLetter == '" + c + "' }.grade")).isEqualTo("A");
        JsonPath after = read(anyone, RESULTS);
        assertThat(after.getList("results.state")).containsExactly("PUBLISHED");
        assertThat(after.getInt("results[0].revision")).isEqualTo(1);
        assertThat(after.getInt("results[0].resultNumber")).isEqualTo(resultNumber);
        assertThat(after.getList("results[0].places.name")).containsExactly(cyrilName, anilName, bijuName);
        assertThat(after.getList("results[0].places.rank")).containsExactly(1, 2, 3);
        // Cyril 10, Anil 8, Biju 6, Dany 1: the first district 18 -> 14, the second 7 -> 11; Carmel leads the units.
        JsonPath districtsAfter = read(anyone, RESULTS + "/district-wise");
        assertThat(districtsAfter.getList("rows.id", Long.class)).containsExactly(first.id(), second.id());
        assertThat(districtsAfter.getList("rows.points")).containsExactly(14, 11);
        JsonPath unitsAfter = read(anyone, RESULTS + "/unit-wise");
        assertThat(unitsAfter.getList("rows.id", Long.class)).containsExactly(carmel, bethel, zion);
        assertThat(unitsAfter.getList("rows.points")).containsExactly(11, 8, 6);

        anyone.request().body(appealOf(event, dany, "Recount mine too")).post(APPEALS).then().statusCode(409)
                .body("code", equalTo("APPEAL_WINDOW_CLOSED"));
        festival.admin().post(result + "/republish").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_RESULT_TRANSITION"));
    }

    private JudgeAccounts.Judge judge() {
        return JudgeAccounts.create(festival.api(), festival.adminToken());
    }
}
