package org.kalamela.bootstrap.conference;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.kalamela.bootstrap.festival.FestivalSql;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.DistrictId;

/** The conference's HTTP calls and rows, for its API tests. */
final class ConferenceApi {

    static final String OFFICIAL_PASSWORD = "Official-Password-2026";
    static final LocalDate BORN = LocalDate.of(2000, 2, 2);

    /** A district with its conference limits, one unit, and (when asked) a signed-in official. */
    record District(long id, String name, long unit, String token) {
    }

    final Api api = Api.newClient();
    private final FestivalSql sql;
    private final TestAccounts accounts;
    private String adminToken;

    ConferenceApi(FestivalSql sql, TestAccounts accounts) {
        this.sql = sql;
        this.accounts = accounts;
    }

    RequestSpecification admin() {
        if (adminToken == null) {
            adminToken = api.adminToken();
        }
        return api.as(adminToken);
    }

    RequestSpecification as(String token) {
        return api.as(token);
    }

    /** A new active conference; any conference other tests left active is deactivated first (one at a time). */
    long activeConference(String title) {
        sql.execute("UPDATE conferences SET active = FALSE WHERE active");
        return admin().body(Map.of("title", title)).post("/api/v1/conference").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    District district(int officialLimit, int memberLimit, boolean withOfficial) {
        String name = "Conference district " + UUID.randomUUID().toString().substring(0, 8);
        long id = sql.district(name);
        sql.execute("UPDATE districts SET conference_official_limit = ?1, conference_member_limit = ?2 WHERE id = ?3",
                officialLimit, memberLimit, id);
        long unit = sql.unit(id, "Unit of " + name);
        String token = null;
        if (withOfficial) {
            String username = "official-" + UUID.randomUUID().toString().substring(0, 12);
            accounts.official(username, null, null, OFFICIAL_PASSWORD, DistrictId.of(id));
            token = api.accessToken(username, OFFICIAL_PASSWORD);
        }
        return new District(id, name, unit, token);
    }

    long member(District district, String name, String gender) {
        return sql.member(district.unit(), name, gender, BORN);
    }

    Map<String, Object> delegate(long member) {
        return Map.of("memberId", member, "foodPreference", "VEG", "accommodation", true);
    }
}
