package org.kalamela.bootstrap.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Mail really sent (not log-only) to a mail server that is not there: a reset request for a real account
 * answers exactly as one for an unknown account, and the request is still recorded.
 */
@QuarkusTest
@TestProfile(UnreachableMailServerApiTest.UnreachableMailServer.class)
class UnreachableMailServerApiTest {

    private static final String PASSWORD = "Correct-Horse-42";

    @Inject
    TestAccounts accounts;

    @Test
    void aResetRequestForARealAccountAnswersLikeOneForAnUnknownAccount() {
        DistrictId district = accounts.district(TestAccounts.unique("District"));
        String username = TestAccounts.unique("official");
        accounts.official(username, username + "@example.org", null, PASSWORD, district);
        Api api = Api.newClient();

        Response real = request(api, username);
        Response unknown = request(api, "nobody-" + TestAccounts.unique("x"));

        assertThat(real.statusCode()).isEqualTo(202);
        assertThat(unknown.statusCode()).isEqualTo(real.statusCode());
        assertThat(real.body().asString()).isEqualTo(unknown.body().asString());
        assertThat(real.contentType()).isEqualTo(unknown.contentType());
    }

    @Test
    void readinessSaysThatMailIsSentBySmtp() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Mail' }.data.mode", equalTo("smtp"));
    }

    private static Response request(Api api, String login) {
        return api.request().body(Map.of("login", login)).post("/api/v1/auth/forgot-password/request");
    }

    /** Not log-only, with the SMTP server on a port where nothing listens. */
    public static class UnreachableMailServer implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String port = Integer.toString(closedPort());
            return Map.of("quarkus.mailer.mock", "false",
                    "kalamela.mail.smtp-host", "127.0.0.1",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", port,
                    "quarkus.mailer.start-tls", "DISABLED");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
