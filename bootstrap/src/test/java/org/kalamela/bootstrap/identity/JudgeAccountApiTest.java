package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.DistrictId;

@QuarkusTest
class JudgeAccountApiTest {

    private static final String PATH = "/api/v1/admin/judges";

    @Inject
    TestAccounts accounts;

    @Inject
    MockMailbox mailbox;

    private final Api api = Api.newClient();

    private static Map<String, Object> request(String name, String delivery, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("delivery", delivery);
        if (email != null) {
            body.put("email", email);
        }
        return body;
    }

    @Test
    void aOneTimePasswordIsShownOnceMustBeReplacedAndTheJudgeIsReadAtItsLocation() {
        String admin = api.adminToken();
        String name = TestAccounts.unique("Ravi");
        var created = api.as(admin).body(request(name, "ONE_TIME_PASSWORD", null)).post(PATH).then()
                .statusCode(201)
                .body("account.role", equalTo("JUDGE"))
                .body("account.districtId", nullValue())
                .body("account.username", equalTo("judge-" + name.toLowerCase()))
                .body("account.passwordChangeRequired", equalTo(true))
                .body("oneTimePassword", notNullValue())
                .extract();
        String username = created.jsonPath().getString("account.username");
        String oneTime = created.jsonPath().getString("oneTimePassword");

        api.as(admin).get(URI.create(created.header("Location")).getPath()).then().statusCode(200)
                .body("username", equalTo(username)).body("oneTimePassword", nullValue());
        String judge = api.accessToken(username, oneTime);
        api.as(judge).get("/api/v1/auth/me").then().statusCode(200).body("passwordChangeRequired", equalTo(true));
        api.as(judge).body(Map.of("currentPassword", oneTime, "newPassword", "Judges-Own-Pass-42"))
                .post("/api/v1/auth/change-password").then().statusCode(204);
        api.as(api.accessToken(username, "Judges-Own-Pass-42")).get("/api/v1/auth/me").then().statusCode(200)
                .body("role", equalTo("JUDGE"));
        api.as(admin).queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.username", hasItem(username))
                .body("items.role", not(hasItem("DISTRICT_OFFICIAL")));
    }

    @Test
    void anInvitationMailsASetPasswordLinkAndIsAudited() {
        String admin = api.adminToken();
        String email = TestAccounts.unique("judge") + "@example.org";
        api.as(admin).body(request("Dr. Lakshmi", "INVITATION", email)).post(PATH).then().statusCode(201)
                .body("oneTimePassword", nullValue());
        assertThat(mailbox.getMailsSentTo(email)).hasSize(1);
        assertThat(mailbox.getMailsSentTo(email).get(0).getText()).contains("token=");
        api.as(admin).queryParam("action", "JUDGE_CREATED").queryParam("size", 200)
                .get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items.details.delivery", hasItem("INVITATION"));
        api.as(admin).body(request("No Mail", "INVITATION", null)).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void deactivationShutsTheJudgeOutAndReactivationLetsThemBackIn() {
        String admin = api.adminToken();
        var created = api.as(admin).body(request(TestAccounts.unique("Meera"), "ONE_TIME_PASSWORD", null)).post(PATH)
                .then().statusCode(201).extract().jsonPath();
        int id = created.getInt("account.id");
        String token = api.accessToken(created.getString("account.username"), created.getString("oneTimePassword"));

        api.as(admin).post(PATH + "/" + id + "/deactivate").then().statusCode(200).body("active", equalTo(false));
        api.as(token).get("/api/v1/auth/me").then().statusCode(401);
        api.login(created.getString("account.username"), created.getString("oneTimePassword")).statusCode(401)
                .body("code", equalTo("ACCOUNT_INACTIVE"));
        api.as(admin).post(PATH + "/" + id + "/reactivate").then().statusCode(200).body("active", equalTo(true));
        api.login(created.getString("account.username"), created.getString("oneTimePassword")).statusCode(200);
    }

    @Test
    void onlyTheAdminManagesJudgesAndAnOfficialIsNoJudge() {
        String admin = api.adminToken();
        DistrictId district = accounts.district(TestAccounts.unique("Kottayam"));
        String username = TestAccounts.unique("official");
        long official = accounts.official(username, null, null, "Officials-Own-42", district).value();
        String officialToken = api.accessToken(username, "Officials-Own-42");

        api.as(officialToken).get(PATH).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        api.as(officialToken).body(request("Ravi", "ONE_TIME_PASSWORD", null)).post(PATH).then().statusCode(403);
        api.request().get(PATH).then().statusCode(401);
        api.as(admin).get(PATH + "/" + official).then().statusCode(404);
        api.as(admin).post(PATH + "/" + official + "/deactivate").then().statusCode(404);
        api.as(admin).post(PATH + "/0/reactivate").then().statusCode(404);
        api.login(username, "Officials-Own-42").statusCode(200);
    }
}
