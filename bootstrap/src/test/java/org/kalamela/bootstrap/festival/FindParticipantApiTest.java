package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * Anyone finds a participant of the current edition by chest number or team code, and learns their names,
 * unit, district and events; never a phone number or a date of birth (checked on the raw JSON).
 */
@QuarkusTest
class FindParticipantApiTest {

    private static final int YEAR = 2296;
    private static final String PATH = "/api/v1/kalamela/find-participant";

    private final FestivalApi festival = new FestivalApi();
    private final Api anyone = Api.newClient();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @BeforeEach
    void currentEdition() {
        festival.currentEdition(YEAR);
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private record Found(String raw, JsonPath json) {
    }

    private Found find(Map<String, Object> body) {
        String raw = anyone.request().body(body).post(PATH).then().statusCode(200).extract().asString();
        return new Found(raw, JsonPath.from(raw));
    }

    @Test
    void a_chest_number_names_the_member_their_unit_district_and_events_and_nothing_private() {
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), FestivalSql.unique("Bethel"));
        long member = sql.member(unit, FestivalSql.unique("Anu"), "F", FestivalApi.JUNIOR);
        String elocution = FestivalSql.unique("Elocution");
        String song = FestivalSql.unique("Light music");
        festival.enter(district, festival.individualEvent(YEAR, elocution, null, null), member).statusCode(201);
        festival.enter(district, festival.individualEvent(YEAR, song, null, null), member).statusCode(201);
        int chestNumber = (int) sql.count("SELECT number FROM chest_numbers WHERE member_id = ?1 AND is_current",
                member);
        Object[] row = sql.rows("SELECT name, phone, CAST(date_of_birth AS text) FROM members WHERE id = ?1", member)
                .get(0);

        Found found = find(Map.of("chestNumber", chestNumber));

        assertThat(found.json().getList("names")).containsExactly(row[0]);
        assertThat(found.json().getInt("chestNumber")).isEqualTo(chestNumber);
        assertThat(found.json().getString("unit")).startsWith("Bethel");
        assertThat(found.json().getString("district")).isEqualTo(district.name());
        assertThat(found.json().getList("events")).containsExactlyElementsOf(
                elocution.compareTo(song) < 0 ? List.of(elocution, song) : List.of(song, elocution));
        assertThat(found.raw()).doesNotContain((String) row[1]).doesNotContain((String) row[2])
                .doesNotContain("phone").doesNotContain("dateOfBirth").doesNotContain("\"id\"");
    }

    @Test
    void a_team_code_names_the_team_members_their_unit_district_and_event() {
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), FestivalSql.unique("Zion"));
        List<Long> singers = sql.members(unit, FestivalSql.unique("Singer"), "M", FestivalApi.SENIOR, 2);
        String groupSong = FestivalSql.unique("Group song");
        long event = festival.groupEvent(YEAR, groupSong, 2, 10, 2);
        String code = festival.registerTeam(district, event, unit, singers).statusCode(201).extract().jsonPath()
                .getString("code");
        List<Object[]> members = sql.rows("SELECT name, phone FROM members WHERE id IN (?1, ?2) ORDER BY name",
                singers.get(0), singers.get(1));

        Found found = find(Map.of("teamCode", code));

        assertThat(found.json().getList("names")).containsExactly(members.get(0)[0], members.get(1)[0]);
        assertThat(found.json().getString("teamCode")).isEqualTo(code);
        assertThat(found.json().getList("events")).containsExactly(groupSong);
        assertThat(found.json().<Object>get("chestNumber")).isNull();
        assertThat(found.raw()).doesNotContain((String) members.get(0)[1]).doesNotContain((String) members.get(1)[1])
                .doesNotContain("phone").doesNotContain("dateOfBirth");
    }

    @Test
    void nobody_holding_the_number_or_code_is_a_404_problem() {
        anyone.request().body(Map.of("chestNumber", 1998)).post(PATH).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        anyone.request().body(Map.of("teamCode", "NOPE-77")).post(PATH).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void exactly_one_valid_key_is_asked_for_with_field_errors() {
        anyone.request().body(Map.of()).post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("chestNumber"));
        anyone.request().body(Map.of("chestNumber", 1001, "teamCode", "GS-1")).post(PATH).then().statusCode(400)
                .body("errors.field", contains("teamCode"));
        anyone.request().body(Map.of("chestNumber", 0, "teamCode", "G S")).post(PATH).then().statusCode(400)
                .body("errors.field", contains("chestNumber", "teamCode"));
    }

    @Test
    void a_participant_of_an_edition_that_is_not_current_is_not_found() {
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), FestivalSql.unique("Carmel"));
        long member = sql.member(unit, FestivalSql.unique("Old"), "M", FestivalApi.SENIOR);
        festival.enter(district, festival.individualEvent(YEAR, FestivalSql.unique("Essay"), null, null), member)
                .statusCode(201);
        int chestNumber = (int) sql.count("SELECT number FROM chest_numbers WHERE member_id = ?1 AND is_current",
                member);
        sql.clearCurrentEdition();

        anyone.request().body(Map.of("chestNumber", chestNumber)).post(PATH).then().statusCode(404);
    }
}
