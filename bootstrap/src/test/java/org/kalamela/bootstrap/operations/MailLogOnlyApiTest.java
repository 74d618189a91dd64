package org.kalamela.bootstrap.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Tests, like development and the demo, write mails to the log; readiness says so. */
@QuarkusTest
class MailLogOnlyApiTest {

    @Test
    void readinessSaysThatMailIsLogOnly() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Mail' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Mail' }.data.mode", equalTo("log-only"))
                .body("checks.name", hasItem("Mail"));
    }
}
