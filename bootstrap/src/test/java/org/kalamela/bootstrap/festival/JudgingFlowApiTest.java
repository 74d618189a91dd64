package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.festival.judging.Criterion;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Judging over HTTP against PostgreSQL, from entries to published results: judges mark code letters on their
 * sheets (and never receive who performs), submit, the panel's last sheet computes the result, the admin
 * corrects with a reason, publishes, and the public reads it; refusals change nothing.
 */
@QuarkusTest
class JudgingFlowApiTest {

    private static final String RESULTS = "/api/v1/kalamela/results";

    private final FestivalApi festival = new FestivalApi();
    private final Api api = Api.newClient();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @Inject
    JudgingFlowPorts ports;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    /** The scene of the results tests with Light music drawn (Anil A, Biju B, Cyril C, Dany D) and three judges. */
    final class Judged {

        final ResultsScene scene;
        final AccountId admin = AccountId.of(sql.ids("SELECT id FROM accounts WHERE username = 'admin'").get(0));
        final List<AccountId> judges;
        final List<String> tokens;

        Judged(int year) {
            scene = new ResultsScene(year, festival, sql, accounts);
            List<JudgeAccounts.Judge> panel = List.of(judge(), judge(), judge());
            judges = panel.stream().map(JudgeAccounts.Judge::id).toList();
            tokens = panel.stream().map(JudgeAccounts.Judge::token).toList();
            ports.draw(year, scene.lightEvent, false,
                    List.of(scene.anilLight, scene.bijuLight, scene.cyrilLight, scene.danyLight), admin);
            ports.criteria(scene.lightEvent, new EventCriteria(List.of(Criterion.of("Sruthi", 40),
                    Criterion.of("Bhavam", 60))));
            judges.forEach(judge -> ports.seat(scene.lightEvent, judge, admin));
        }

        JudgeAccounts.Judge judge() {
            return JudgeAccounts.create(api, festival.adminToken());
        }

        String sheet(long event) {
            return "/api/v1/judging/events/" + event + "/sheet";
        }

        ValidatableResponse save(String token, long event, List<Map<String, Object>> marks) {
            return api.as(token).body(Map.of("marks", marks)).put(sheet(event)).then();
        }

        ValidatableResponse submit(String token, long event) {
            return api.as(token).post(sheet(event) + "/submit").then();
        }

        /** Each judge marks Light music: criterion 1 of 40, criterion 2 of 60, A > B > C > D. */
        void everyJudgeSubmits() {
            for (String token : tokens) {
                save(token, scene.lightEvent, lightMarks("35", "50")).statusCode(200);
                submit(token, scene.lightEvent).statusCode(200);
            }
        }

        String result(long event) {
            return "/api/v1/kalamela/admin/events/" + event + "/result";
        }
    }

    /** A 85, B 75, C 55 (grade B), D 45.5 (grade C), A's marks given. */
    static List<Map<String, Object>> lightMarks(String a1, String a2) {
        return List.of(mark("A", 1, a1), mark("A", 2, a2), mark("B", 1, "30"), mark("B", 2, "45"),
                mark("C", 1, "20"), mark("C", 2, "35"), mark("D", 1, "20.5"), mark("D", 2, "25"));
    }

    static Map<String, Object> mark(String letter, int criterion, String mark) {
        return Map.of("codeLetter", letter, "criterion", criterion, "mark", new java.math.BigDecimal(mark));
    }

    @Test
    void the_whole_flow_from_entries_to_published_results_and_a_judge_never_sees_who_performs() {
        Judged j = new Judged(2401);
        ResultsScene s = j.scene;

        String empty = api.as(j.tokens.get(0)).get(j.sheet(s.lightEvent)).then().statusCode(200).extract().asString();
        String saved = j.save(j.tokens.get(0), s.lightEvent, lightMarks("35", "50")).statusCode(200).extract()
                .asString();
        String submitted = j.submit(j.tokens.get(0), s.lightEvent).statusCode(200).extract().asString();
        for (String raw : List.of(empty, saved, submitted)) {
            assertThat(raw).doesNotContain(s.anil, s.biju, s.beena, s.first.name(), s.second.name(), s.zionTeamCode)
                    .doesNotContainIgnoringCase("chest").doesNotContainIgnoringCase("unit")
                    .doesNotContainIgnoringCase("district");
        }
        JsonPath sheet = JsonPath.from(submitted);
        assertThat(sheet.getList("codeLetters")).containsExactly("A", "B", "C", "D");
        assertThat(sheet.getList("criteria.name")).containsExactly("Sruthi", "Bhavam");
        assertThat(sheet.getString("state")).isEqualTo("SUBMITTED");
        assertThat(sheet.getList("marks")).hasSize(8);
        festival.admin().get(j.result(s.lightEvent)).then().statusCode(200).body("state", equalTo("SCORING"));

        for (String token : j.tokens.subList(1, 3)) {
            j.save(token, s.lightEvent, lightMarks("35", "50")).statusCode(200);
            j.submit(token, s.lightEvent).statusCode(200);
        }

        JsonPath tabulated = festival.admin().get(j.result(s.lightEvent)).then().statusCode(200).extract().jsonPath();
        assertThat(tabulated.getString("state")).isEqualTo("TABULATED");
        assertThat(tabulated.getList("lines.codeLetter")).containsExactly("A", "B", "C", "D");
        assertThat(tabulated.getString("lines[0].names")).isEqualTo(s.anil);
        assertThat(tabulated.getString("lines[0].district")).isEqualTo(s.first.name());
        assertThat(tabulated.getInt("lines[0].chestNumber")).isPositive();
        assertThat(tabulated.getList("lines[0].judgeTotals", Float.class)).containsExactly(85f, 85f, 85f);
        assertThat(tabulated.getList("lines.grade")).containsExactly("A", "A", "B", "C");
        assertThat(tabulated.getList("lines.rank")).containsExactly(1, 2, 3, 4);
        assertThat(tabulated.getList("lines.points")).containsExactly(10, 8, 4, 1);
        assertThat(JsonPath.from(api.request().get(RESULTS).then().statusCode(200).extract().asString())
                .getList("results.event")).doesNotContain(s.light);

        JsonPath published = festival.admin().post(j.result(s.lightEvent) + "/publish").then().statusCode(200)
                .extract().jsonPath();

        assertThat(published.getString("state")).isEqualTo("PUBLISHED");
        assertThat(published.getInt("resultNumber")).isEqualTo(1);
        assertThat(published.getInt("revision")).isZero();
        JsonPath results = JsonPath.from(api.request().get(RESULTS).then().statusCode(200).extract().asString());
        assertThat(results.getList("results.event")).containsExactly(s.light);
        assertThat(results.getList("results[0].places.name")).containsExactly(s.anil, s.biju,
                sql.rows("SELECT m.name, m.id FROM individual_entries ie JOIN members m ON m.id = ie.member_id"
                        + " WHERE ie.id = ?1", s.cyrilLight).get(0)[0]);
        assertThat(results.getInt("results[0].resultNumber")).isEqualTo(1);
        assertThat(results.getString("results[0].publishedAt")).isEqualTo(published.getString("publishedAt"));
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'RESULT_PUBLISHED' AND target_id = ?1",
                Long.toString(s.lightEvent))).isEqualTo(1);
    }

    @Test
    void a_submitted_sheet_is_locked_and_an_incomplete_one_is_not_submitted() {
        Judged j = new Judged(2402);
        long event = j.scene.lightEvent;
        j.save(j.tokens.get(0), event, List.of(mark("A", 1, "10"))).statusCode(200);
        j.submit(j.tokens.get(0), event).statusCode(409).body("code", equalTo("SHEET_INCOMPLETE"));

        j.save(j.tokens.get(0), event, lightMarks("35", "50")).statusCode(200);
        j.submit(j.tokens.get(0), event).statusCode(200);

        j.save(j.tokens.get(0), event, List.of(mark("A", 1, "1"))).statusCode(409).body("code", equalTo("SHEET_LOCKED"));
        j.submit(j.tokens.get(0), event).statusCode(409).body("code", equalTo("SHEET_LOCKED"));
        assertThat(api.as(j.tokens.get(0)).get(j.sheet(event)).then().statusCode(200).extract().jsonPath()
                .getString("marks.find { it.codeLetter == 'A' && it.criterion == 1 }.mark")).isEqualTo("35.0");
    }

    @Test
    void a_mark_over_the_maximum_negative_or_with_three_decimals_is_a_field_error_and_changes_nothing() {
        Judged j = new Judged(2403);
        long event = j.scene.lightEvent;
        String token = j.tokens.get(0);
        j.save(token, event, List.of(mark("A", 2, "12.5"))).statusCode(200);

        JsonPath refused = j.save(token, event, List.of(mark("B", 2, "10"), mark("A", 1, "101"), mark("A", 2, "-1"),
                mark("C", 1, "1.005"), mark("C", 2, "61"))).statusCode(400).extract().jsonPath();

        assertThat(refused.getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.getList("errors.field")).containsExactlyInAnyOrder("marks[1].mark", "marks[2].mark",
                "marks[3].mark", "marks[4].mark");
        JsonPath sheet = api.as(token).get(j.sheet(event)).then().statusCode(200).extract().jsonPath();
        assertThat(sheet.getList("marks.codeLetter")).containsExactly("A");
        assertThat(sheet.getFloat("marks[0].mark")).isEqualTo(12.5f);
    }

    @Test
    void a_judge_asking_for_another_events_sheet_is_told_it_does_not_exist() {
        Judged j = new Judged(2404);
        JudgeAccounts.Judge essayJudge = j.judge();
        ports.seat(j.scene.essayEvent, essayJudge.id(), j.admin);

        api.as(j.tokens.get(0)).get(j.sheet(j.scene.essayEvent)).then().statusCode(404).body("code",
                equalTo("NOT_FOUND"));
        j.save(j.tokens.get(0), j.scene.essayEvent, List.of(mark("A", 1, "1"))).statusCode(404);
        j.submit(j.tokens.get(0), j.scene.essayEvent).statusCode(404);
        api.as(j.tokens.get(0)).get(j.sheet(999_999_999L)).then().statusCode(404);
        api.as(essayJudge.token()).get(j.sheet(j.scene.essayEvent)).then().statusCode(200);
        festival.admin().get(j.sheet(j.scene.lightEvent)).then().statusCode(403);
        api.as(j.tokens.get(0)).get(j.result(j.scene.lightEvent)).then().statusCode(403);
    }

    @Test
    void the_tabulators_correction_needs_a_reason_is_audited_with_old_and_new_marks_and_follows_the_result() {
        Judged j = new Judged(2405);
        long event = j.scene.lightEvent;
        j.everyJudgeSubmits();
        String correction = "/api/v1/kalamela/admin/events/" + event + "/sheets/" + j.judges.get(0).value()
                + "/correction";
        festival.admin().body(Map.of("marks", List.of(mark("D", 2, "59")))).post(correction).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));

        festival.admin().body(Map.of("marks", List.of(mark("D", 2, "59")), "reason", "Misread the paper sheet"))
                .post(correction).then().statusCode(200);

        List<Object[]> audit = sql.rows("SELECT details->>'old', details->>'new', details->>'reason' FROM audit_log"
                + " WHERE action = 'SHEET_CORRECTED' AND target_id = ?1", event + "/" + j.judges.get(0).value());
        assertThat(audit).singleElement().satisfies(row -> assertThat(row)
                .containsExactly("D/2 25.00", "D/2 59.00", "Misread the paper sheet"));
        JsonPath recomputed = festival.admin().get(j.result(event)).then().statusCode(200).extract().jsonPath();
        assertThat(recomputed.getString("lines[3].mark")).isEqualTo("56.83");
        assertThat(recomputed.getList("lines.rank")).containsExactly(1, 2, 4, 3);

        festival.admin().post(j.result(event) + "/publish").then().statusCode(200);
        festival.admin().body(Map.of("marks", List.of(mark("D", 2, "60")), "reason", "Late")).post(correction).then()
                .statusCode(409).body("code", equalTo("RESULT_PUBLISHED"));

        ports.acceptAppeal(event);
        festival.admin().body(Map.of("marks", List.of(mark("A", 2, "10")), "reason", "Appeal accepted"))
                .post(correction).then().statusCode(200);

        JsonPath pending = festival.admin().get(j.result(event)).then().statusCode(200).extract().jsonPath();
        assertThat(pending.getBoolean("revisionPending")).isTrue();
        assertThat(pending.getString("lines[0].mark")).isEqualTo("71.67");
        JsonPath publicView = JsonPath.from(api.request().get(RESULTS).then().statusCode(200).extract().asString());
        assertThat(publicView.getString("results[0].state")).isEqualTo("UNDER_APPEAL");
        assertThat(publicView.getString("results[0].places[0].name")).isEqualTo(j.scene.anil);
        festival.admin().post(j.result(event) + "/publish").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_RESULT_TRANSITION"));

        JsonPath republished = festival.admin().post(j.result(event) + "/republish").then().statusCode(200)
                .extract().jsonPath();

        assertThat(republished.getInt("revision")).isEqualTo(1);
        assertThat(republished.getInt("resultNumber")).isEqualTo(1);
        JsonPath after = JsonPath.from(api.request().get(RESULTS).then().statusCode(200).extract().asString());
        assertThat(after.getString("results[0].state")).isEqualTo("PUBLISHED");
        assertThat(after.getInt("results[0].revision")).isEqualTo(1);
        assertThat(after.getString("results[0].places[0].name")).isEqualTo(j.scene.biju);
    }

    @Test
    void the_tabulator_enters_a_paper_sheet_on_a_judges_behalf() {
        Judged j = new Judged(2406);
        long event = j.scene.lightEvent;
        String paper = "/api/v1/kalamela/admin/events/" + event + "/sheets/" + j.judges.get(1).value();

        JsonPath entered = festival.admin().body(Map.of("marks", lightMarks("30", "50"), "submit", true)).put(paper)
                .then().statusCode(200).extract().jsonPath();

        assertThat(entered.getString("state")).isEqualTo("SUBMITTED");
        assertThat(entered.getBoolean("submittedByTabulator")).isTrue();
        assertThat(sql.count("SELECT count(*) FROM sheet_marks WHERE event_id = ?1 AND judge_id = ?2 AND by_tabulator",
                event, j.judges.get(1).value())).isEqualTo(8);
        api.as(j.tokens.get(1)).get(j.sheet(event)).then().statusCode(200).body("state", equalTo("SUBMITTED"));
        festival.admin().body(Map.of("marks", lightMarks("30", "50"))).put(paper).then().statusCode(409)
                .body("code", equalTo("SHEET_LOCKED"));
        festival.admin().body(Map.of("marks", lightMarks("30", "50"))).put("/api/v1/kalamela/admin/events/" + event
                + "/sheets/999999999").then().statusCode(404);
    }

    @Test
    void the_old_bulk_endpoints_enter_single_marks_and_derive_grades_ranks_and_points() {
        ResultsScene s = new Judged(2407).scene;
        AccountId admin = AccountId.of(sql.ids("SELECT id FROM accounts WHERE username = 'admin'").get(0));
        ports.draw(2407, s.essayEvent, false, List.of(s.beenaEssay, s.anilEssay), admin);
        ports.draw(2407, s.groupEvent, true, List.of(s.zionTeam), admin);

        festival.admin().body(Map.of("eventId", s.essayEvent, "marks", List.of(Map.of("entryId", s.anilEssay,
                "mark", 101)))).post("/api/v1/kalamela/scores/individual").then().statusCode(400)
                .body("errors[0].field", equalTo("marks[0].mark"));
        // A team's id on /individual (or an entry's on /group) is refused, not dropped: nothing is saved.
        festival.admin().body(Map.of("eventId", s.essayEvent, "marks", List.of(Map.of("entryId", s.anilEssay,
                "mark", 70), Map.of("entryId", s.beenaEssay, "teamId", s.zionTeam, "mark", 49.99))))
                .post("/api/v1/kalamela/scores/individual").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("marks[1].teamId"));
        festival.admin().body(Map.of("eventId", s.groupEvent, "marks", List.of(Map.of("teamId", s.zionTeam,
                "entryId", s.anilEssay, "mark", 75)))).post("/api/v1/kalamela/scores/group").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("marks[0].entryId"));
        assertThat(sql.count("SELECT count(*) FROM sheet_marks WHERE event_id IN (?1, ?2)", s.essayEvent,
                s.groupEvent)).isZero();
        assertThat(sql.count("SELECT count(*) FROM judge_sheets WHERE event_id IN (?1, ?2)", s.essayEvent,
                s.groupEvent)).isZero();
        festival.admin().body(Map.of("eventId", s.essayEvent, "marks", List.of(Map.of("entryId", s.anilEssay,
                "mark", 70), Map.of("entryId", s.beenaEssay, "mark", 49.99))))
                .post("/api/v1/kalamela/scores/individual").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        festival.admin().body(Map.of("eventId", s.groupEvent, "marks", List.of(Map.of("teamId", s.zionTeam,
                "mark", 75)))).post("/api/v1/kalamela/scores/group").then().statusCode(200);
        festival.admin().body(Map.of("eventId", s.groupEvent, "marks", List.of(Map.of("teamId", s.zionTeam,
                "mark", 75)))).post("/api/v1/kalamela/scores/individual").then().statusCode(400)
                .body("errors[0].field", equalTo("eventId"));

        JsonPath essay = festival.admin().get("/api/v1/kalamela/admin/events/" + s.essayEvent + "/result").then()
                .statusCode(200).extract().jsonPath();
        assertThat(essay.getString("state")).isEqualTo("TABULATED");
        assertThat(essay.getList("lines.grade")).containsExactly("C", "A");
        assertThat(essay.getList("lines.rank")).containsExactly(2, 1);
        assertThat(essay.getList("lines.points")).containsExactly(4, 10);
        JsonPath group = festival.admin().get("/api/v1/kalamela/admin/events/" + s.groupEvent + "/result").then()
                .statusCode(200).extract().jsonPath();
        assertThat(group.getList("lines.points")).containsExactly(5);
        assertThat(group.getList("lines.grade")).containsExactly("A");
    }
}
