package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.jobs.AssignChestNumbersJob;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The job that numbers members with entries but no chest number (entries imported from the old app), over
 * HTTP and from the command line: in the order district, unit, member name, idempotent, all or nothing.
 */
@QuarkusTest
class AssignChestNumbersApiTest {

    private static final String JOB = "/api/v1/maintenance/assign-chest-numbers";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @Inject
    AssignChestNumbersJob commandLine;

    /** An edition that is not current, with one event; members are given legacy entries straight in SQL. */
    private long legacyEdition(int year) {
        festival.admin().body(Map.of("year", year, "registrationWindow", FestivalApi.openWindow(), "rules",
                FestivalApi.rules2026())).post("/api/v1/kalamela/editions").then().statusCode(201);
        return festival.individualEvent(year, "Legacy solo", null, null);
    }

    private void legacyEntry(int year, long event, long member, String seniority) {
        sql.execute("""
                INSERT INTO individual_entries (edition_year, event_id, member_id, district_id, seniority,
                                                registered_by, registered_at)
                SELECT ?1, ?2, m.id, u.district_id, ?3, (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now()
                FROM members m JOIN units u ON u.id = m.unit_id WHERE m.id = ?4""", year, event, seniority, member);
    }

    @Test
    void membersAreNumberedByDistrictUnitAndNameOnceOnly() {
        int year = 2270;
        long event = legacyEdition(year);
        String prefix = FestivalSql.unique("");
        long kollam = sql.district("B" + prefix);
        long kottayam = sql.district("A" + prefix);
        long zion = sql.unit(kollam, "Zion");
        long ascension = sql.unit(kottayam, "Ascension");
        long bethel = sql.unit(kottayam, "Bethel");
        long zara = sql.member(zion, "Zara", "F", FestivalApi.JUNIOR);
        long binu = sql.member(bethel, "Binu", "M", FestivalApi.SENIOR);
        long anu = sql.member(bethel, "Anu", "F", FestivalApi.JUNIOR);
        long cini = sql.member(ascension, "Cini", "F", FestivalApi.JUNIOR);
        for (long member : List.of(zara, binu, anu)) {
            legacyEntry(year, event, member, member == binu ? "SENIOR" : "JUNIOR");
        }
        legacyEntry(year, event, cini, "JUNIOR");

        festival.admin().queryParam("edition", year).post(JOB).then().statusCode(200).body("assigned", equalTo(4))
                .body("chestNumbers.memberId", contains((int) cini, (int) anu, (int) binu, (int) zara))
                .body("chestNumbers.chestNumber", contains(1001, 1002, 2001, 1003));
        festival.admin().queryParam("edition", year).post(JOB).then().statusCode(200).body("assigned", equalTo(0));
        festival.admin().queryParam("action", "CHEST_NUMBERS_ASSIGNED").get("/api/v1/admin/audit-log").then()
                .body("items.targetId", hasItem(Integer.toString(year)));
    }

    @Test
    void theCommandLineRunsTheSameJobInTheOperatorsName() {
        int year = 2271;
        long event = legacyEdition(year);
        long unit = sql.unit(sql.district(FestivalSql.unique("District")), "Bethel");
        List<Long> members = sql.members(unit, "Legacy", "F", FestivalApi.SENIOR, 3);
        members.forEach(member -> legacyEntry(year, event, member, "SENIOR"));

        assertThat(commandLine.run(List.of(Integer.toString(year)))).isZero();

        assertThat(sql.ids("SELECT number FROM chest_numbers WHERE edition_year = ?1 ORDER BY number", year))
                .containsExactly(2001L, 2002L, 2003L);
        assertThat(commandLine.run(List.of(Integer.toString(year)))).isZero();
        assertThat(sql.count("SELECT count(*) FROM chest_numbers WHERE edition_year = ?1", year)).isEqualTo(3);
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'CHEST_NUMBERS_ASSIGNED'"
                + " AND target_id = ?1 AND actor_name = ?2 AND actor_id IS NULL", Integer.toString(year),
                "command-line:" + System.getProperty("user.name"))).isEqualTo(2);
        assertThat(commandLine.run(List.of("2996"))).isEqualTo(1);
        assertThat(commandLine.run(List.of("next", "year"))).isEqualTo(2);
    }

    @Test
    void aUsedUpSeriesNumbersNobody() {
        int year = 2272;
        Map<String, Object> rules = FestivalApi.rules2026();
        rules.put("juniorChestNumbers", Map.of("start", 1001, "end", 1001));
        festival.admin().body(Map.of("year", year, "registrationWindow", FestivalApi.openWindow(), "rules", rules))
                .post("/api/v1/kalamela/editions").then().statusCode(201);
        long event = festival.individualEvent(year, "Legacy solo", null, null);
        long unit = sql.unit(sql.district(FestivalSql.unique("District")), "Bethel");
        sql.members(unit, "Legacy", "F", FestivalApi.JUNIOR, 2).forEach(member -> legacyEntry(year, event, member,
                "JUNIOR"));

        festival.admin().queryParam("edition", year).post(JOB).then().statusCode(409)
                .body("code", equalTo("CHEST_NUMBER_SERIES_EXHAUSTED"));
        assertThat(sql.count("SELECT count(*) FROM chest_numbers WHERE edition_year = ?1", year)).isZero();
    }

    @Test
    void onlyTheAdminRunsIt() {
        FestivalApi.District district = festival.district(sql, accounts);

        festival.as(district.token()).post(JOB).then().statusCode(403);
        festival.api().request().post(JOB).then().statusCode(401);
        festival.admin().queryParam("edition", 2995).post(JOB).then().statusCode(404);
        festival.admin().queryParam("edition", 12).post(JOB).then().statusCode(400);
    }
}
