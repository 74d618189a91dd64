package org.kalamela.bootstrap.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.DistrictId;

/** An official made with a one-time password must replace it before the account can do anything else. */
@QuarkusTest
class OneTimePasswordApiTest {

    private static final String NEW_PASSWORD = "My-Own-Secret-42";
    private static final Set<String> USABLE_BEFORE_CHANGE = Set.of("POST /api/v1/auth/change-password",
            "POST /api/v1/auth/logout", "GET /api/v1/auth/me",
            // Public (@PermitAll), though the OpenAPI document still marks it as needing a token.
            "GET /api/v1/kalamela/editions/current");

    @Inject
    TestAccounts accounts;

    private final Api api = Api.newClient();

    /** The new official's username and one-time password, as the admin reads them out. */
    private JsonPath officialWithOneTimePassword() {
        DistrictId district = accounts.district(TestAccounts.unique("Ranni"));
        return api.as(api.adminToken())
                .body(Map.of("districtId", district.value(), "displayName", "Ranni official",
                        "delivery", "ONE_TIME_PASSWORD"))
                .post("/api/v1/admin/district-officials").then().statusCode(201)
                .body("account.passwordChangeRequired", equalTo(true))
                .extract().jsonPath();
    }

    @Test
    void signInWithAOneTimePasswordSaysItMustBeReplacedAndMeSaysSoToo() {
        JsonPath official = officialWithOneTimePassword();
        JsonPath tokens = api.login(official.getString("account.username"), official.getString("oneTimePassword"))
                .statusCode(200)
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue())
                .body("passwordChangeRequired", equalTo(true))
                .body("account.passwordChangeRequired", equalTo(true))
                .extract().jsonPath();

        api.as(tokens.getString("accessToken")).get("/api/v1/auth/me").then().statusCode(200)
                .body("passwordChangeRequired", equalTo(true));
        api.as(tokens.getString("accessToken")).get("/api/v1/kalamela/official/entries").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        // A refresh hands out new tokens, still restricted.
        String refreshed = api.request().body(Map.of("refreshToken", tokens.getString("refreshToken")))
                .post("/api/v1/auth/refresh").then().statusCode(200)
                .body("passwordChangeRequired", equalTo(true)).extract().path("accessToken");
        api.as(refreshed).get("/api/v1/kalamela/official/entries").then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
    }

    @Test
    void replacingItLiftsTheRestrictionOnTheSameSession() {
        JsonPath official = officialWithOneTimePassword();
        String username = official.getString("account.username");
        String token = api.accessToken(username, official.getString("oneTimePassword"));

        api.as(token).body(Map.of("currentPassword", official.getString("oneTimePassword"),
                "newPassword", official.getString("oneTimePassword"))).post("/api/v1/auth/change-password")
                .then().statusCode(400).body("code", equalTo("SAME_PASSWORD"));
        api.as(token).body(Map.of("currentPassword", official.getString("oneTimePassword"),
                "newPassword", NEW_PASSWORD)).post("/api/v1/auth/change-password").then().statusCode(204);

        // Admitted now: whatever the endpoint answers (404 without a current edition), it is no refusal.
        api.as(token).get("/api/v1/kalamela/official/entries").then().statusCode(not(equalTo(403)));
        api.as(token).get("/api/v1/auth/me").then().statusCode(200).body("passwordChangeRequired", equalTo(false));
        api.login(username, NEW_PASSWORD).statusCode(200).body("passwordChangeRequired", equalTo(false));
    }

    @Test
    void signingOutWorksBeforeTheChange() {
        JsonPath official = officialWithOneTimePassword();
        String token = api.accessToken(official.getString("account.username"), official.getString("oneTimePassword"));

        api.as(token).post("/api/v1/auth/logout").then().statusCode(204);
        api.as(token).get("/api/v1/auth/me").then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
    }

    @Test
    void everySignedInOperationButChangeMeAndSignOutIsRefused() {
        JsonPath official = officialWithOneTimePassword();
        String token = api.accessToken(official.getString("account.username"), official.getString("oneTimePassword"));
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");

        List<String> swept = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            if (!(operation instanceof Map<?, ?> op) || op.get("security") == null
                    || USABLE_BEFORE_CHANGE.contains(name)) {
                return;
            }
            Response response = send(token, method, path.replaceAll("\\{[^}]+}", "1"), op);
            assertThat(response.statusCode()).as(name).isEqualTo(403);
            assertThat(response.jsonPath().getString("code")).as(name)
                    .isIn("PASSWORD_CHANGE_REQUIRED", "FORBIDDEN");
            swept.add(name);
        }));
        assertThat(swept).as("the sweep reached the official's endpoints").contains(
                "GET /api/v1/kalamela/official/entries");
        assertThat(swept.size()).isGreaterThan(20);
    }

    private Response send(String token, String method, String path, Map<?, ?> operation) {
        var request = api.as(token);
        if (operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> c
                && !c.isEmpty()) {
            String type = c.keySet().iterator().next().toString();
            if (type.contains("json")) {
                request = request.contentType(type).body("{}");
            } else if (type.startsWith("multipart/")) {
                request = request.contentType(type).multiPart("file", "empty.bin", new byte[1]);
            } else {
                request = request.contentType(type).body(new byte[1]);
            }
        }
        return request.request(method.toUpperCase(), path);
    }
}
