package org.kalamela.bootstrap.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.kalamela.adapters.security.token.JwtKeys;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

@QuarkusTest
class SessionApiTest {

    private static final String PASSWORD = "Correct-Horse-42";
    private static final String ME = "/api/v1/auth/me";

    @Inject
    TestAccounts accounts;

    @Inject
    JwtKeys keys;

    @ConfigProperty(name = "kalamela.jwt.issuer")
    String issuer;

    private final Api api = Api.newClient();
    private AccountId lastOfficial;

    private JsonPath signIn() {
        DistrictId district = accounts.district(TestAccounts.unique("District"));
        String username = TestAccounts.unique("official");
        lastOfficial = accounts.official(username, null, null, PASSWORD, district);
        return api.login(username, PASSWORD).statusCode(200).extract().jsonPath();
    }

    private io.restassured.response.ValidatableResponse refresh(String refreshToken) {
        return api.request().body(Map.of("refreshToken", refreshToken)).post("/api/v1/auth/refresh").then();
    }

    private void sessionEnded(String accessToken) {
        api.as(accessToken).get(ME).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("code", equalTo("SESSION_ENDED"));
    }

    @Test
    void aRefreshTokenIsExchangedOnceForNewTokens() {
        JsonPath first = signIn();
        JsonPath second = refresh(first.getString("refreshToken")).statusCode(200)
                .body("refreshToken", not(equalTo(first.getString("refreshToken"))))
                .extract().jsonPath();
        api.as(second.getString("accessToken")).get(ME).then().statusCode(200);
        api.as(first.getString("accessToken")).get(ME).then().statusCode(200);
        refresh(second.getString("refreshToken")).statusCode(200);
    }

    @Test
    void reusingARefreshTokenEndsTheWholeSignIn() {
        JsonPath first = signIn();
        JsonPath second = refresh(first.getString("refreshToken")).statusCode(200).extract().jsonPath();

        refresh(first.getString("refreshToken")).statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("REFRESH_TOKEN_REUSED"));
        // The thief's copy and the owner's newer token are both dead now, and so are the access tokens.
        refresh(second.getString("refreshToken")).statusCode(401).body("code", equalTo("REFRESH_TOKEN_REUSED"));
        sessionEnded(second.getString("accessToken"));
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        refresh("not-a-token").statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
    }

    @Test
    void logoutEndsTheAccessTokenAtOnceAndItsRefreshTokenIsMerelyInvalid() {
        JsonPath session = signIn();
        api.as(session.getString("accessToken")).get(ME).then().statusCode(200);

        api.as(session.getString("accessToken")).post("/api/v1/auth/logout").then().statusCode(204);

        sessionEnded(session.getString("accessToken"));
        refresh(session.getString("refreshToken")).statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
        api.as(api.adminToken()).queryParam("action", "REFRESH_TOKEN_REUSED")
                .queryParam("actor", "account:" + lastOfficial).get("/api/v1/admin/audit-log").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void logoutStillTakesTheRefreshTokenOfTheSession() {
        JsonPath session = signIn();
        api.as(session.getString("accessToken")).body(Map.of("refreshToken", session.getString("refreshToken")))
                .post("/api/v1/auth/logout").then().statusCode(204);
        refresh(session.getString("refreshToken")).statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
        sessionEnded(session.getString("accessToken"));
    }

    @Test
    void logoutLeavesTheOtherSessionsOfTheAccountAlone() {
        JsonPath phone = signIn();
        JsonPath laptop = api.login(phone.getString("account.username"), PASSWORD).statusCode(200)
                .extract().jsonPath();
        api.as(phone.getString("accessToken")).post("/api/v1/auth/logout").then().statusCode(204);
        api.as(laptop.getString("accessToken")).get(ME).then().statusCode(200);
        refresh(laptop.getString("refreshToken")).statusCode(200);
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

    @Test
    void deactivationEndsTheOfficialsAccessTokensAtOnce() {
        JsonPath official = signIn();
        api.as(official.getString("accessToken")).get(ME).then().statusCode(200);

        api.as(api.adminToken()).post("/api/v1/admin/district-officials/" + lastOfficial + "/deactivate")
                .then().statusCode(200);

        sessionEnded(official.getString("accessToken"));
        refresh(official.getString("refreshToken")).statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
    }

    @Test
    void aCorrectlySignedTokenWithoutASessionIsRefused() {
        signIn();
        String withoutSession = Jwt.issuer(issuer).subject(lastOfficial.toString()).upn("someone")
                .groups(Set.of("DISTRICT_OFFICIAL")).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600)).jws().sign(keys.privateKey());
        sessionEnded(withoutSession);
    }

    @Test
    void aSessionNamedInATokenOfAnotherAccountIsRefused() {
        JsonPath mine = signIn();
        AccountId me = lastOfficial;
        signIn();
        String sid = sessionIdOf(mine.getString("accessToken"));
        String forged = Jwt.issuer(issuer).subject(lastOfficial.toString()).upn("someone")
                .groups(Set.of("DISTRICT_OFFICIAL")).claim("sid", sid).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600)).jws().sign(keys.privateKey());
        sessionEnded(forged);
        api.as(mine.getString("accessToken")).get(ME).then().statusCode(200).body("id", equalTo((int) me.value()));
    }

    private static String sessionIdOf(String accessToken) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString("sid");
    }
}
