package org.kalamela.bootstrap.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;

/** The security headers of docs/operations.md, on successes and on errors alike. */
@QuarkusTest
class ResponseHeadersApiTest {

    private final Api api = Api.newClient();

    @Test
    void tokensFromSignInAreNeverCached() {
        api.login("admin", "Admin-Test-Password-1").statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void everyAuthAnswerIsNeverCachedFailuresIncluded() {
        api.login("admin", "wrong-password").statusCode(401).header("Cache-Control", equalTo("no-store"));
        api.request().body(Map.of("refreshToken", "nonsense")).post("/api/v1/auth/refresh").then()
                .statusCode(401).header("Cache-Control", equalTo("no-store"));
        api.request().body(Map.of("login", "nobody-at-all")).post("/api/v1/auth/forgot-password/request").then()
                .statusCode(202).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void otherAnswersAreNotSniffedEvenErrors() {
        expectNoSniffing(given().get("/q/openapi").then().statusCode(200));
        expectNoSniffing(given().get("/api/v1/admin/units").then().statusCode(401));
        expectNoSniffing(given().get("/no/such/page").then().statusCode(404));
    }

    @Test
    void swaggerUiCannotBeFramed() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void cachingRulesOfOtherPathsAreLeftAlone() {
        given().get("/q/openapi").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }

    private static void expectNoSniffing(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
