package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.DistrictId;

@QuarkusTest
class DistrictOfficialApiTest {

    private static final String PATH = "/api/v1/admin/district-officials";

    @Inject
    TestAccounts accounts;

    @Inject
    MockMailbox mailbox;

    private final Api api = Api.newClient();

    private Map<String, Object> request(DistrictId district, String delivery, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("districtId", district.value());
        body.put("displayName", "Rev. Test Official");
        body.put("delivery", delivery);
        if (email != null) {
            body.put("email", email);
        }
        return body;
    }

    @Test
    void aOneTimePasswordIsShownOnceAndSignsIn() {
        String admin = api.adminToken();
        String districtName = TestAccounts.unique("Pathanamthitta");
        DistrictId district = accounts.district(districtName);
        var created = api.as(admin).body(request(district, "ONE_TIME_PASSWORD", null)).post(PATH).then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("account.role", equalTo("DISTRICT_OFFICIAL"))
                .body("account.districtId", equalTo((int) district.value()))
                .body("account.username", equalTo("official-" + districtName.toLowerCase()))
                .body("oneTimePassword", notNullValue())
                .extract().jsonPath();
        String token = api.accessToken(created.getString("account.username"), created.getString("oneTimePassword"));
        api.as(token).get("/api/v1/auth/me").then().statusCode(200).body("role", equalTo("DISTRICT_OFFICIAL"));
        api.as(admin).queryParam("districtId", district.value()).get(PATH).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].username", equalTo(created.getString("account.username")));
    }

    @Test
    void anInvitationMailsASetPasswordLinkAndShowsNoPassword() {
        String admin = api.adminToken();
        DistrictId district = accounts.district(TestAccounts.unique("Kottayam"));
        String email = TestAccounts.unique("invited") + "@example.org";
        api.as(admin).body(request(district, "INVITATION", email)).post(PATH).then().statusCode(201)
                .body("oneTimePassword", nullValue());
        assertThat(mailbox.getMailsSentTo(email)).hasSize(1);
        assertThat(mailbox.getMailsSentTo(email).get(0).getText()).contains("token=");
    }

    @Test
    void anInvitationNeedsAnEmail() {
        String admin = api.adminToken();
        DistrictId district = accounts.district(TestAccounts.unique("Adoor"));
        api.as(admin).body(request(district, "INVITATION", null)).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void oneActiveOfficialPerDistrictAndDeactivationFreesThePlace() {
        String admin = api.adminToken();
        DistrictId district = accounts.district(TestAccounts.unique("Mallappally"));
        var first = api.as(admin).body(request(district, "ONE_TIME_PASSWORD", null)).post(PATH).then()
                .statusCode(201).extract().jsonPath();
        api.as(admin).body(request(district, "ONE_TIME_PASSWORD", null)).post(PATH).then().statusCode(409)
                .body("code", equalTo("DISTRICT_OFFICIAL_EXISTS"));

        int firstId = first.getInt("account.id");
        api.as(admin).post(PATH + "/" + firstId + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        api.login(first.getString("account.username"), first.getString("oneTimePassword")).statusCode(401)
                .body("code", equalTo("ACCOUNT_INACTIVE"));
        var second = api.as(admin).body(request(district, "ONE_TIME_PASSWORD", null)).post(PATH).then()
                .statusCode(201).extract().jsonPath();
        assertThat(second.getString("account.username")).isNotEqualTo(first.getString("account.username"));
        api.as(admin).post(PATH + "/" + firstId + "/reactivate").then().statusCode(409)
                .body("code", equalTo("DISTRICT_OFFICIAL_EXISTS"));
    }

    @Test
    void onlyTheAdminManagesOfficialsAndUnknownDistrictsAreNotFound() {
        String admin = api.adminToken();
        DistrictId district = accounts.district(TestAccounts.unique("Punnavely"));
        var created = api.as(admin).body(request(district, "ONE_TIME_PASSWORD", null)).post(PATH).then()
                .statusCode(201).extract().jsonPath();
        String official = api.accessToken(created.getString("account.username"), created.getString("oneTimePassword"));
        api.as(official).body(Map.of("currentPassword", created.getString("oneTimePassword"),
                "newPassword", "Officials-Own-42")).post("/api/v1/auth/change-password").then().statusCode(204);
        api.as(official).get(PATH).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        api.request().get(PATH).then().statusCode(401);
        api.as(admin).body(request(DistrictId.of(987_654_321L), "ONE_TIME_PASSWORD", null)).post(PATH).then()
                .statusCode(404);
        api.as(admin).post(PATH + "/987654321/deactivate").then().statusCode(404);
    }

    @Test
    void creationIsAudited() {
        String admin = api.adminToken();
        DistrictId district = accounts.district(TestAccounts.unique("Elanthoor"));
        api.as(admin).body(request(district, "ONE_TIME_PASSWORD", null)).post(PATH).then().statusCode(201);
        api.as(admin).queryParam("action", "DISTRICT_OFFICIAL_CREATED").queryParam("size", 200)
                .get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items.details.delivery", org.hamcrest.Matchers.hasItem("ONE_TIME_PASSWORD"));
    }

    @Test
    void theCreatedOfficialIsReadAtItsLocation() {
        String admin = api.adminToken();
        DistrictId district = accounts.district(TestAccounts.unique("Ranni"));
        var created = api.as(admin).body(request(district, "ONE_TIME_PASSWORD", null)).post(PATH).then()
                .statusCode(201).extract();
        String location = java.net.URI.create(created.header("Location")).getPath();

        api.as(admin).get(location).then().statusCode(200)
                .body("id", equalTo(created.jsonPath().getInt("account.id")))
                .body("role", equalTo("DISTRICT_OFFICIAL")).body("districtId", equalTo((int) district.value()))
                .body("oneTimePassword", org.hamcrest.Matchers.nullValue());
        long adminId = api.as(admin).get("/api/v1/auth/me").then().extract().jsonPath().getLong("id");
        api.as(admin).get(PATH + "/" + adminId).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api.as(admin).get(PATH + "/999999999").then().statusCode(404);
        String official = api.accessToken(created.jsonPath().getString("account.username"),
                created.jsonPath().getString("oneTimePassword"));
        api.as(official).get(location).then().statusCode(403);
    }
}
