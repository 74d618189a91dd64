package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The public results over HTTP, on results tabulated in SQL as the judging flow leaves them and published
 * through the admin's endpoint: only published results are ever shown, an event under appeal says so, the
 * tables and titles add up, and every publication, appeal and republication is seen at the next request.
 */
@QuarkusTest
class PublicResultsApiTest {

    private static final String RESULTS = "/api/v1/kalamela/results";

    private final FestivalApi festival = new FestivalApi();
    private final Api anyone = Api.newClient();

    @Inject
    FestivalSql sql;

    @Inject
    ResultsSql results;

    @Inject
    TestAccounts accounts;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private String raw(String path) {
        return anyone.request().get(path).then().statusCode(200).contentType("application/json").extract().asString();
    }

    private JsonPath read(String path) {
        return JsonPath.from(raw(path));
    }

    @Test
    void only_published_results_are_shown_with_places_one_to_three_ties_included() {
        ResultsScene scene = new ResultsScene(2319, festival, sql, accounts);
        results.tabulate(scene.lightEvent, scene.lightScores());
        results.tabulate(scene.groupEvent, scene.groupScores());
        results.tabulate(scene.essayEvent, scene.essayScores());
        ResultsScene.publish(festival, scene.lightEvent);
        ResultsScene.publish(festival, scene.groupEvent);

        JsonPath published = read(RESULTS);

        assertThat(published.getList("results.event")).containsExactly(scene.light, scene.groupSong);
        assertThat(published.getList("results.resultNumber")).containsExactly(1, 2);
        assertThat(published.getList("results.state")).containsExactly("PUBLISHED", "PUBLISHED");
        assertThat(published.getList("results[0].places.rank")).containsExactly(1, 1, 3);
        assertThat(published.getList("results[0].places.name")).contains(scene.anil).doesNotContain(scene.beena);
        assertThat(published.getList("results[0].places.grade")).containsExactly("A", "A", "B");
        assertThat(published.getString("results[1].places[0].name")).isEqualTo(scene.zionTeamCode);
        assertThat(published.getString("results[1].places[0].teamCode")).isEqualTo(scene.zionTeamCode);
        assertThat(published.getString("results[1].places[0].district")).isEqualTo(scene.first.name());
        assertThat(published.getString("status.summary")).isEqualTo("after 2 of 3 results");
        for (String path : List.of(RESULTS, RESULTS + "/unit-wise", RESULTS + "/district-wise",
                "/api/v1/kalamela/kalaprathibha")) {
            assertThat(raw(path)).as(path).doesNotContain(scene.essay).doesNotContain(scene.beena);
        }
    }

    @Test
    void championship_tables_sum_entries_for_the_members_unit_and_teams_for_the_teams_unit() {
        ResultsScene scene = new ResultsScene(2323, festival, sql, accounts);
        results.tabulate(scene.lightEvent, scene.lightScores());
        results.tabulate(scene.groupEvent, scene.groupScores());
        ResultsScene.publish(festival, scene.lightEvent);
        ResultsScene.publish(festival, scene.groupEvent);

        JsonPath units = read(RESULTS + "/unit-wise");
        JsonPath districts = read(RESULTS + "/district-wise");

        assertThat(units.getString("scope")).isEqualTo("UNITS");
        assertThat(units.getList("rows.id", Long.class)).containsExactly(scene.zion, scene.bethel, scene.carmel);
        assertThat(units.getList("rows.points")).containsExactly(15, 10, 5);
        assertThat(units.getList("rows.rank")).containsExactly(1, 2, 3);
        assertThat(units.getList("rows[0].results.name")).containsExactly(scene.biju, scene.zionTeamCode);
        assertThat(units.getList("rows[0].results.points")).containsExactly(10, 5);
        assertThat(units.getList("rows[2].results.points")).containsExactly(4, 1);
        assertThat(districts.getList("rows.id", Long.class)).containsExactly(scene.first.id(), scene.second.id());
        assertThat(districts.getList("rows.points")).containsExactly(25, 5);
        assertThat(units.getInt("status.resultNumber")).isEqualTo(2);
        assertThat(units.getBoolean("status.provisional")).isTrue();

        results.tabulate(scene.essayEvent, scene.essayScores());
        ResultsScene.publish(festival, scene.essayEvent);

        JsonPath complete = read(RESULTS + "/district-wise");
        assertThat(complete.getList("rows.points")).containsExactly(43, 5);
        assertThat(complete.getString("status.summary")).isEqualTo("after 3 of 3 results");
        assertThat(complete.getBoolean("status.provisional")).isFalse();
    }

    @Test
    void an_appeal_and_the_republication_are_seen_at_the_next_request() {
        ResultsScene scene = new ResultsScene(2303, festival, sql, accounts);
        results.tabulate(scene.lightEvent, scene.lightScores());
        ResultsScene.publish(festival, scene.lightEvent);
        assertThat(read(RESULTS).getList("results.state")).containsExactly("PUBLISHED");

        results.appeal(scene.lightEvent);
        JsonPath underAppeal = read(RESULTS);
        assertThat(underAppeal.getList("results.state")).containsExactly("UNDER_APPEAL");
        assertThat(underAppeal.getList("results[0].places.rank")).containsExactly(1, 1, 3);

        results.republish(scene.lightEvent, List.of(ResultsSql.Score.entry(scene.cyrilLight, 90, 1, "A", 5, 5),
                ResultsSql.Score.entry(scene.anilLight, 80, 2, "A", 5, 3),
                ResultsSql.Score.entry(scene.bijuLight, 70, 3, "A", 5, 1),
                ResultsSql.Score.entry(scene.danyLight, 45, 4, "C", 1, 0)));
        JsonPath revised = read(RESULTS);
        assertThat(revised.getList("results.state")).containsExactly("PUBLISHED");
        assertThat(revised.getInt("results[0].revision")).isEqualTo(1);
        assertThat(revised.getInt("results[0].resultNumber")).isEqualTo(1);
        assertThat(revised.getList("results[0].places.rank")).containsExactly(1, 2, 3);
        assertThat(read(RESULTS + "/unit-wise").getList("rows.id", Long.class)).containsExactly(scene.carmel,
                scene.bethel, scene.zion);

        results.tabulate(scene.groupEvent, scene.groupScores());
        ResultsScene.publish(festival, scene.groupEvent);
        assertThat(read(RESULTS).getList("results.resultNumber")).containsExactly(1, 2);
    }

    @Test
    void kalaprathibha_goes_to_the_best_man_over_two_events_under_both_spellings() {
        ResultsScene scene = new ResultsScene(2304, festival, sql, accounts);
        results.tabulate(scene.lightEvent, scene.lightScores());
        results.tabulate(scene.essayEvent, scene.essayScores());
        ResultsScene.publish(festival, scene.lightEvent);
        ResultsScene.publish(festival, scene.essayEvent);

        String body = raw("/api/v1/kalamela/kalaprathibha");
        JsonPath titles = JsonPath.from(body);

        assertThat(titles.getInt("minimumEvents")).isEqualTo(2);
        assertThat(titles.getList("kalaprathibha.holders.name")).containsExactly(scene.anil);
        assertThat(titles.getInt("kalaprathibha.points")).isEqualTo(20);
        assertThat(titles.getInt("kalaprathibha.holders[0].events")).isEqualTo(2);
        assertThat(titles.getList("kalathilakam.holders")).isEmpty();
        assertThat(raw("/api/v1/kalamela/kalaprabha")).isEqualTo(body);
    }

    @Test
    void without_a_current_edition_every_public_read_is_a_404_problem() {
        sql.clearCurrentEdition();
        for (String path : List.of(RESULTS, RESULTS + "/unit-wise", RESULTS + "/district-wise",
                "/api/v1/kalamela/kalaprathibha", "/api/v1/kalamela/kalaprabha")) {
            anyone.request().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("code", equalTo("NO_CURRENT_EDITION"));
        }
    }

    @Test
    void the_admin_reads_the_tables_with_a_drill_down_and_nobody_else_does() {
        ResultsScene scene = new ResultsScene(2305, festival, sql, accounts);
        results.tabulate(scene.lightEvent, scene.lightScores());
        ResultsScene.publish(festival, scene.lightEvent);
        String admin = "/api/v1/kalamela/admin/championship";

        assertThat(festival.admin().get(admin + "/unit-wise").then().statusCode(200).extract().asString())
                .isEqualTo(raw(RESULTS + "/unit-wise"));
        JsonPath carmel = festival.admin().get(admin + "/unit-wise/" + scene.carmel).then().statusCode(200)
                .extract().jsonPath();
        assertThat(carmel.getInt("points")).isEqualTo(5);
        assertThat(carmel.getList("results.event")).containsExactly(scene.light, scene.light);
        assertThat(carmel.getList("results.resultNumber")).containsExactly(1, 1);
        festival.admin().get(admin + "/district-wise/" + scene.second.id()).then().statusCode(200)
                .body("points", equalTo(5));
        festival.admin().get(admin + "/district-wise").then().statusCode(200).body("status.resultNumber", equalTo(1));
        long withoutResults = sql.unit(scene.first.id(), FestivalSql.unique("Nain"));
        festival.admin().get(admin + "/unit-wise/" + withoutResults).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));

        festival.as(scene.first.token()).get(admin + "/unit-wise").then().statusCode(403);
        anyone.request().get(admin + "/unit-wise").then().statusCode(401);
        anyone.request().get(admin + "/unit-wise/" + scene.carmel).then().statusCode(401);
    }

    @Test
    void find_participant_is_answered_for_a_scored_member_too_with_nothing_private() {
        ResultsScene scene = new ResultsScene(2306, festival, sql, accounts);
        long anil = sql.ids("SELECT member_id FROM individual_entries WHERE id = ?1", scene.anilLight).get(0);
        int chestNumber = (int) sql.count("SELECT number FROM chest_numbers WHERE member_id = ?1 AND is_current", anil);

        String body = anyone.request().body(Map.of("chestNumber", chestNumber))
                .post("/api/v1/kalamela/find-participant").then().statusCode(200).extract().asString();

        assertThat(JsonPath.from(body).getList("events")).containsExactlyInAnyOrder(scene.light, scene.essay);
        assertThat(body).doesNotContain("phone").doesNotContain("dateOfBirth").doesNotContain("1998-03-03");
    }
}
