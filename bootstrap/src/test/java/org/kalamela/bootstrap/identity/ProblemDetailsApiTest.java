package org.kalamela.bootstrap.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;

@QuarkusTest
class ProblemDetailsApiTest {

    @Inject
    TestAccounts accounts;

    private final Api api = Api.newClient();

    @Test
    void malformedJsonIsMalformedBody() {
        api.request().body("{\"login\": ").post("/api/v1/auth/login").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_BODY"))
                .body("status", equalTo(400))
                .body("type", equalTo("urn:kalamela:problem:malformed-body"))
                .body("title", not(nullValue()))
                .body("errors", nullValue());
    }

    @Test
    void unknownFieldsAreRejectedByName() {
        api.request().body("{\"login\":\"a\",\"password\":\"b\",\"rememberMe\":true}").post("/api/v1/auth/login")
                .then().statusCode(400)
                .body("code", equalTo("UNKNOWN_FIELD"))
                .body("errors[0].field", equalTo("rememberMe"));
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        api.request().contentType("text/plain").body("login=admin").post("/api/v1/auth/login").then()
                .statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aMissingBodyIsAFieldError() {
        api.request().post("/api/v1/auth/login").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void protectedEndpointsNeedAValidToken() {
        api.request().get("/api/v1/auth/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        api.as("not.a.jwt").get("/api/v1/auth/me").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void theAuditLogIsForAdminsOnly() {
        var district = accounts.district(TestAccounts.unique("District"));
        String username = TestAccounts.unique("official");
        accounts.official(username, null, null, "Correct-Horse-42", district);
        String official = api.accessToken(username, "Correct-Horse-42");
        api.as(official).get("/api/v1/admin/audit-log").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void aPageSizeOverTwoHundredIsAFieldErrorNotClamped() {
        api.as(api.adminToken()).queryParam("size", 201).get("/api/v1/admin/audit-log").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void unknownPathsAreProblemsToo() {
        api.request().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType(containsString("problem+json"))
                .body("code", equalTo("NOT_FOUND"));
    }
}
