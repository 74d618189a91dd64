package org.kalamela.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest {
    @Test
    void adminCanSignIn() {
        given().contentType("application/json").body("{\"login\":\"admin\",\"password\":\"Admin-Test-Password-1\"}")
                .post("/api/v1/auth/login").then().log().ifValidationFails().statusCode(200)
                .body("accessToken", notNullValue());
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
