package org.kalamela.bootstrap.festival;

import java.util.List;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * One edition of its own with three events entered over the API, ready to be scored in SQL: Light music
 * (Anil of Bethel, Biju of Zion, Cyril and Dany of Carmel), a group song (a team of Zion) and an essay (Anil
 * and Beena of Bethel). Bethel and Zion are in the first district, Carmel in the second. Names are unique per
 * scene, so a raw body can be searched for them.
 */
final class ResultsScene {

    final int year;
    final FestivalApi.District first;
    final FestivalApi.District second;
    final long bethel;
    final long zion;
    final long carmel;
    final String light = FestivalSql.unique("Light music");
    final String groupSong = FestivalSql.unique("Group song");
    final String essay = FestivalSql.unique("Essay");
    final String anil = FestivalSql.unique("Anil");
    final String beena = FestivalSql.unique("Beena");
    final String biju = FestivalSql.unique("Biju");
    final long lightEvent;
    final long groupEvent;
    final long essayEvent;
    final long anilLight;
    final long bijuLight;
    final long cyrilLight;
    final long danyLight;
    final long zionTeam;
    final String zionTeamCode;
    final long anilEssay;
    final long beenaEssay;

    ResultsScene(int year, FestivalApi festival, FestivalSql sql, TestAccounts accounts) {
        this.year = year;
        festival.currentEdition(year);
        first = festival.district(sql, accounts);
        second = festival.district(sql, accounts);
        bethel = sql.unit(first.id(), FestivalSql.unique("Bethel"));
        zion = sql.unit(first.id(), FestivalSql.unique("Zion"));
        carmel = sql.unit(second.id(), FestivalSql.unique("Carmel"));
        long anilId = sql.member(bethel, anil, "M", FestivalApi.SENIOR);
        long beenaId = sql.member(bethel, beena, "F", FestivalApi.SENIOR);
        long bijuId = sql.member(zion, biju, "M", FestivalApi.SENIOR);
        long cyril = sql.member(carmel, FestivalSql.unique("Cyril"), "M", FestivalApi.SENIOR);
        long dany = sql.member(carmel, FestivalSql.unique("Dany"), "M", FestivalApi.SENIOR);
        lightEvent = festival.individualEvent(year, light, null, null);
        essayEvent = festival.individualEvent(year, essay, null, null);
        groupEvent = festival.groupEvent(year, groupSong, 2, 10, 2);
        anilLight = entry(festival, first, lightEvent, anilId);
        bijuLight = entry(festival, first, lightEvent, bijuId);
        cyrilLight = entry(festival, second, lightEvent, cyril);
        danyLight = entry(festival, second, lightEvent, dany);
        anilEssay = entry(festival, first, essayEvent, anilId);
        beenaEssay = entry(festival, first, essayEvent, beenaId);
        var team = festival.registerTeam(first, groupEvent, zion,
                sql.members(zion, FestivalSql.unique("Singer"), "F", FestivalApi.SENIOR, 2)).statusCode(201)
                .extract().jsonPath();
        zionTeam = team.getLong("id");
        zionTeamCode = team.getString("code");
    }

    /** Publishes the event's tabulated result as the admin does, through the endpoint; its result number. */
    static int publish(FestivalApi festival, long event) {
        return festival.admin().post("/api/v1/kalamela/admin/events/" + event + "/result/publish").then()
                .statusCode(200).extract().path("resultNumber");
    }

    private static long entry(FestivalApi festival, FestivalApi.District district, long event, long member) {
        return festival.enter(district, event, member).statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Light music: Anil and Biju share the first place (A), Cyril is third (B), Dany fourth (C). */
    List<ResultsSql.Score> lightScores() {
        return List.of(ResultsSql.Score.entry(anilLight, 80, 1, "A", 5, 5),
                ResultsSql.Score.entry(bijuLight, 80, 1, "A", 5, 5),
                ResultsSql.Score.entry(cyrilLight, 55, 3, "B", 3, 1),
                ResultsSql.Score.entry(danyLight, 45, 4, "C", 1, 0));
    }

    /** Zion's team first (A: its 5 rank points only). */
    List<ResultsSql.Score> groupScores() {
        return List.of(ResultsSql.Score.team(zionTeam, 75, 1, "A", 5));
    }

    /** Anil first (A), Beena second (A). */
    List<ResultsSql.Score> essayScores() {
        return List.of(ResultsSql.Score.entry(anilEssay, 70, 1, "A", 5, 5),
                ResultsSql.Score.entry(beenaEssay, 65, 2, "A", 5, 3));
    }
}
