package org.kalamela.bootstrap.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.conference.ConferenceApi.District;
import org.kalamela.bootstrap.festival.FestivalSql;
import org.kalamela.bootstrap.support.TestAccounts;

/** The conference over HTTP: the admin's conferences and appointments, the official's delegates, 404s. */
@QuarkusTest
class ConferenceApiTest {

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private ConferenceApi conference;
    private long id;
    private String base;

    @BeforeEach
    void activeConference() {
        conference = new ConferenceApi(sql, accounts);
        id = conference.activeConference("Youth Conference");
        base = "/api/v1/conference/" + id;
    }

    @Test
    void the_admin_creates_reads_edits_and_deletes_conferences_one_active_at_a_time() {
        conference.admin().get(base).then().statusCode(200).body("conference.title", equalTo("Youth Conference"))
                .body("conference.delegateFee", equalTo("300.00")).body("conference.active", equalTo(true))
                .body("district", nullValue());
        conference.admin().body(Map.of("title", "Another")).post("/api/v1/conference").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("CONFERENCE_ALREADY_ACTIVE"));

        ExtractableResponse<Response> past = conference.admin().body(Map.of("title", "Past", "active", false,
                "delegateFee", "250.50")).post("/api/v1/conference").then().statusCode(201).extract();
        conference.admin().get(past.header("Location")).then().statusCode(200)
                .body("conference.delegateFee", equalTo("250.50"));
        long pastId = past.jsonPath().getLong("id");
        conference.admin().body(Map.of("details", "Three days", "delegateFee", "3.999"))
                .patch("/api/v1/conference/" + pastId).then().statusCode(400).body("errors[0].field",
                        equalTo("delegateFee"));
        conference.admin().body(Map.of("details", "Three days")).patch("/api/v1/conference/" + pastId).then()
                .statusCode(200).body("details", equalTo("Three days"));
        conference.admin().delete("/api/v1/conference/" + pastId).then().statusCode(204);
        conference.admin().get("/api/v1/conference/" + pastId).then().statusCode(404).body("code",
                equalTo("NOT_FOUND"));
    }

    @Test
    void a_conference_with_delegates_is_deactivated_not_deleted() {
        District adoor = conference.district(1, 5, true);
        conference.as(adoor.token()).body(conference.delegate(conference.member(adoor, "Anu", "F")))
                .post(base + "/delegates/member").then().statusCode(201);

        conference.admin().delete(base).then().statusCode(409).body("code", equalTo("CONFERENCE_HAS_DELEGATES"));
        conference.admin().body(Map.of("active", false)).patch(base).then().statusCode(200)
                .body("active", equalTo(false));
        conference.as(adoor.token()).body(conference.delegate(conference.member(adoor, "Binu", "M")))
                .post(base + "/delegates/member").then().statusCode(409).body("code", equalTo("CONFERENCE_INACTIVE"));
    }

    @Test
    void the_official_adds_reads_changes_and_removes_delegates_of_their_district() {
        District adoor = conference.district(2, 3, true);
        long anu = conference.member(adoor, "Anu", "F");

        ExtractableResponse<Response> added = conference.as(adoor.token()).body(conference.delegate(anu))
                .post(base + "/delegates/member").then().statusCode(201).body("kind", equalTo("MEMBER"))
                .body("foodPreference", equalTo("VEG")).body("accommodation", equalTo(true)).extract();
        conference.as(adoor.token()).get(added.header("Location")).then().statusCode(200)
                .body("name", equalTo("Anu")).body("gender", equalTo("F"));
        conference.as(adoor.token()).body(conference.delegate(anu)).post(base + "/delegates/member").then()
                .statusCode(409).body("code", equalTo("ALREADY_DELEGATE"));

        conference.as(adoor.token()).get(base).then().statusCode(200)
                .body("district.districtId", equalTo((int) adoor.id())).body("district.memberLimit", equalTo(3))
                .body("district.members", equalTo(1)).body("district.remainingMembers", equalTo(2))
                .body("district.remainingOfficials", equalTo(2)).body("district.delegates[0].name", equalTo("Anu"));

        String delegate = added.header("Location");
        conference.as(adoor.token()).body(Map.of("foodPreference", "NON_VEG")).patch(delegate).then()
                .statusCode(200).body("foodPreference", equalTo("NON_VEG")).body("accommodation", equalTo(true));
        conference.as(adoor.token()).body(Map.of("foodPreference", "vegetarian")).patch(delegate).then()
                .statusCode(400).body("errors[0].field", equalTo("foodPreference"));
        conference.as(adoor.token()).delete(delegate).then().statusCode(204);
        conference.as(adoor.token()).get(delegate).then().statusCode(404);
    }

    @Test
    void another_districts_data_is_not_found() {
        District adoor = conference.district(1, 5, true);
        District kollam = conference.district(1, 5, true);
        long anu = conference.member(adoor, "Anu", "F");
        String delegate = conference.as(adoor.token()).body(conference.delegate(anu))
                .post(base + "/delegates/member").then().statusCode(201).extract().header("Location");

        conference.as(kollam.token()).get(delegate).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        conference.as(kollam.token()).body(Map.of("accommodation", false)).patch(delegate).then().statusCode(404);
        conference.as(kollam.token()).delete(delegate).then().statusCode(404);
        conference.as(kollam.token()).body(conference.delegate(conference.member(adoor, "Binu", "M")))
                .post(base + "/delegates/member").then().statusCode(404);
        conference.as(kollam.token()).queryParam("districtId", adoor.id()).get(base).then().statusCode(404);
        conference.as(kollam.token()).queryParam("districtId", adoor.id()).get(base + "/delegates").then()
                .statusCode(404);
        conference.as(kollam.token()).queryParam("districtId", adoor.id()).get(base + "/summary/district").then()
                .statusCode(404);
        conference.as(kollam.token()).get(base + "/delegates").then().statusCode(200).body("total", equalTo(0));
        conference.as(kollam.token()).get(base + "/summary").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        conference.as(kollam.token()).get(base + "/officials").then().statusCode(403);
        conference.admin().get(delegate).then().statusCode(200);
    }

    @Test
    void an_appointment_links_the_districts_account_and_the_official_cannot_remove_it() {
        District adoor = conference.district(1, 5, true);
        long mary = conference.member(adoor, "Mary", "F");

        ExtractableResponse<Response> appointed = conference.admin().body(Map.of("memberId", mary,
                        "foodPreference", "NON_VEG", "accommodation", false))
                .post(base + "/delegates/official-from-member").then().statusCode(201)
                .body("accountCreated", equalTo(false)).body("oneTimePassword", nullValue())
                .body("official.kind", equalTo("OFFICIAL")).body("account.districtId", equalTo((int) adoor.id()))
                .extract();
        long official = appointed.jsonPath().getLong("official.id");
        conference.admin().get(appointed.header("Location")).then().statusCode(200).body("name", equalTo("Mary"));
        conference.admin().body(Map.of("memberId", conference.member(adoor, "Anna", "F"), "foodPreference", "VEG",
                "accommodation", false)).post(base + "/delegates/official-from-member").then().statusCode(409)
                .body("code", equalTo("CONFERENCE_OFFICIAL_LIMIT"));

        conference.as(adoor.token()).delete(base + "/delegates/" + official).then().statusCode(409)
                .body("code", equalTo("DELEGATE_IS_OFFICIAL"));
        conference.as(adoor.token()).get(base + "/summary/district").then().statusCode(200)
                .body("officials", equalTo(1)).body("delegates", equalTo(1)).body("feesDue", equalTo("300.00"));
        conference.admin().queryParam("districtId", adoor.id()).get(base + "/officials").then().statusCode(200)
                .body("total", equalTo(1));
        conference.admin().delete(appointed.header("Location")).then().statusCode(204);
        conference.admin().get(appointed.header("Location")).then().statusCode(404);
    }

    @Test
    void the_admins_summary_counts_each_district_with_fees_due() {
        District adoor = conference.district(2, 5, true);
        conference.as(adoor.token()).body(Map.of("memberId", conference.member(adoor, "Anu", "F"),
                "foodPreference", "VEG", "accommodation", true)).post(base + "/delegates/member").then().statusCode(201);
        conference.as(adoor.token()).body(Map.of("memberId", conference.member(adoor, "Binu", "M"),
                "foodPreference", "NON_VEG", "accommodation", false)).post(base + "/delegates/member").then()
                .statusCode(201);

        String line = "districts.find { it.districtId == " + adoor.id() + " }.";
        conference.admin().get(base + "/summary").then().statusCode(200)
                .body(line + "members", equalTo(2)).body(line + "male", equalTo(1)).body(line + "female", equalTo(1))
                .body(line + "veg", equalTo(1)).body(line + "nonVeg", equalTo(1))
                .body(line + "accommodation", equalTo(1)).body(line + "feesDue", equalTo("600.00"))
                .body(line + "memberLimit", equalTo(5));
        assertThat(conference.admin().queryParam("districtId", adoor.id()).get(base + "/summary/district").then()
                .statusCode(200).extract().jsonPath().getString("feesDue")).isEqualTo("600.00");
    }
}
