package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;

@QuarkusTest
class ChangePasswordApiTest {

    private static final String PASSWORD = "Correct-Horse-42";
    private static final String NEW_PASSWORD = "My-Own-Secret-42";
    private static final String CHANGE = "/api/v1/auth/change-password";

    @Inject
    TestAccounts accounts;

    private final Api api = Api.newClient();

    private String newOfficial() {
        String username = TestAccounts.unique("official");
        accounts.official(username, null, null, PASSWORD, accounts.district(TestAccounts.unique("District")));
        return username;
    }

    private ValidatableResponse change(String accessToken, String current, String next) {
        return api.as(accessToken).body(Map.of("currentPassword", current, "newPassword", next)).post(CHANGE).then();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "too short,             Short-1,          WEAK_PASSWORD,          newPassword",
            "the username,          USERNAME,         WEAK_PASSWORD,          newPassword",
            "a common password,     password123,      WEAK_PASSWORD,          newPassword",
            "the same as before,    Correct-Horse-42, SAME_PASSWORD,          newPassword"})
    void aNewPasswordOutsideThePolicyIsRefused(String what, String next, String code, String field) {
        String username = newOfficial();
        String token = api.accessToken(username, PASSWORD);

        change(token, PASSWORD, next.equals("USERNAME") ? username : next).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo(code))
                .body("errors[0].field", equalTo(field));
        api.login(username, PASSWORD).statusCode(200);
    }

    @Test
    void aWrongCurrentPasswordIsRefused() {
        String username = newOfficial();
        String token = api.accessToken(username, PASSWORD);

        change(token, "Not-The-Password-1", NEW_PASSWORD).statusCode(400)
                .body("code", equalTo("WRONG_CURRENT_PASSWORD"))
                .body("errors[0].field", equalTo("currentPassword"));
        api.login(username, NEW_PASSWORD).statusCode(401);
    }

    @Test
    void aChangedPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        String username = newOfficial();
        JsonPath here = api.login(username, PASSWORD).statusCode(200).extract().jsonPath();
        JsonPath elsewhere = api.login(username, PASSWORD).statusCode(200).extract().jsonPath();

        change(here.getString("accessToken"), PASSWORD, NEW_PASSWORD).statusCode(204);

        api.as(elsewhere.getString("accessToken")).get("/api/v1/auth/me").then().statusCode(401)
                .body("code", equalTo("SESSION_ENDED"));
        api.request().body(Map.of("refreshToken", elsewhere.getString("refreshToken")))
                .post("/api/v1/auth/refresh").then().statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
        api.as(here.getString("accessToken")).get("/api/v1/auth/me").then().statusCode(200);
        api.request().body(Map.of("refreshToken", here.getString("refreshToken")))
                .post("/api/v1/auth/refresh").then().statusCode(200);
        api.login(username, PASSWORD).statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        api.login(username, NEW_PASSWORD).statusCode(200);
        api.as(api.adminToken()).queryParam("action", "PASSWORD_CHANGED").queryParam("actor", username)
                .get("/api/v1/admin/audit-log").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void changingNeedsASignedInSession() {
        api.request().body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD)).post(CHANGE).then()
                .statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void changingIsRateLimitedPerAddressLikeSignIn() {
        String token = api.accessToken(newOfficial(), PASSWORD);
        // 20 a minute, refilled gradually: a burst of guesses runs into the limit soon after the 20th.
        int guesses = 0;
        io.restassured.response.Response answer;
        do {
            answer = api.as(token).body(Map.of("currentPassword", "Not-The-Password-1", "newPassword", NEW_PASSWORD))
                    .post(CHANGE);
            guesses++;
        } while (answer.statusCode() == 400 && guesses < 40);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(guesses).isGreaterThan(20);
    }
}
