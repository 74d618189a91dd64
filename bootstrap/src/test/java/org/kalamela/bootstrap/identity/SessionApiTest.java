package org.kalamela.bootstrap.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.DistrictId;

@QuarkusTest
class SessionApiTest {

    private static final String PASSWORD = "Correct-Horse-42";

    @Inject
    TestAccounts accounts;

    private final Api api = Api.newClient();

    private JsonPath signIn() {
        DistrictId district = accounts.district(TestAccounts.unique("District"));
        String username = TestAccounts.unique("official");
        accounts.official(username, null, null, PASSWORD, district);
        return api.login(username, PASSWORD).statusCode(200).extract().jsonPath();
    }

    private io.restassured.response.ValidatableResponse refresh(String refreshToken) {
        return api.request().body(Map.of("refreshToken", refreshToken)).post("/api/v1/auth/refresh").then();
    }

    @Test
    void aRefreshTokenIsExchangedOnceForNewTokens() {
        JsonPath first = signIn();
        JsonPath second = refresh(first.getString("refreshToken")).statusCode(200)
                .body("refreshToken", not(equalTo(first.getString("refreshToken"))))
                .extract().jsonPath();
        api.as(second.getString("accessToken")).get("/api/v1/auth/me").then().statusCode(200);
        refresh(second.getString("refreshToken")).statusCode(200);
    }

    @Test
    void reusingARefreshTokenEndsTheWholeSignIn() {
        JsonPath first = signIn();
        JsonPath second = refresh(first.getString("refreshToken")).statusCode(200).extract().jsonPath();

        refresh(first.getString("refreshToken")).statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("REFRESH_TOKEN_REUSED"));
        // The thief's copy and the owner's newer token are both dead now.
        refresh(second.getString("refreshToken")).statusCode(401).body("code", equalTo("REFRESH_TOKEN_REUSED"));
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        refresh("not-a-token").statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        JsonPath session = signIn();
        api.as(session.getString("accessToken")).body(Map.of("refreshToken", session.getString("refreshToken")))
                .post("/api/v1/auth/logout").then().statusCode(204);
        refresh(session.getString("refreshToken")).statusCode(401);
    }

    @Test
    void logoutNeedsAnAccessToken() {
        JsonPath session = signIn();
        api.request().body(Map.of("refreshToken", session.getString("refreshToken")))
                .post("/api/v1/auth/logout").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        refresh(session.getString("refreshToken")).statusCode(200);
    }

    @Test
    void anotherAccountCannotEndMySignIn() {
        JsonPath mine = signIn();
        JsonPath theirs = signIn();
        api.as(theirs.getString("accessToken")).body(Map.of("refreshToken", mine.getString("refreshToken")))
                .post("/api/v1/auth/logout").then().statusCode(204);
        refresh(mine.getString("refreshToken")).statusCode(200);
    }
}
