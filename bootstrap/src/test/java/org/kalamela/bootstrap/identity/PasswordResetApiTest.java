package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.DistrictId;

@QuarkusTest
class PasswordResetApiTest {

    private static final String PASSWORD = "Correct-Horse-42";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    @Inject
    TestAccounts accounts;

    @Inject
    MockMailbox mailbox;

    @Inject
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    private String newOfficialWithEmail() {
        DistrictId district = accounts.district(TestAccounts.unique("District"));
        String username = TestAccounts.unique("official");
        accounts.official(username, username + "@example.org", null, PASSWORD, district);
        return username;
    }

    private String requestAndReadToken(Api api, String username) {
        api.request().body(Map.of("login", username)).post("/api/v1/auth/forgot-password/request").then()
                .statusCode(202);
        List<Mail> mails = mailbox.getMailsSentTo(username + "@example.org");
        assertThat(mails).isNotEmpty();
        Matcher m = TOKEN.matcher(mails.get(mails.size() - 1).getText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private io.restassured.response.ValidatableResponse confirm(Api api, String token, String newPassword) {
        return api.request().body(Map.of("token", token, "newPassword", newPassword))
                .post("/api/v1/auth/forgot-password/confirm").then();
    }

    @Test
    void aMailedTokenSetsANewPasswordOnceAndEndsOtherSessions() {
        Api api = Api.newClient();
        String username = newOfficialWithEmail();
        var old = api.login(username, PASSWORD).statusCode(200).extract().jsonPath();
        String oldRefresh = old.getString("refreshToken");
        String token = requestAndReadToken(api, username);

        confirm(api, token, "short").statusCode(400).body("code", equalTo("WEAK_PASSWORD"))
                .body("errors[0].field", equalTo("newPassword"));
        confirm(api, token, "Brand-New-Password-7").statusCode(204);

        api.login(username, PASSWORD).statusCode(401);
        api.login(username, "Brand-New-Password-7").statusCode(200);
        confirm(api, token, "Another-Password-8").statusCode(400).body("code", equalTo("INVALID_RESET_TOKEN"));
        api.request().body(Map.of("refreshToken", oldRefresh)).post("/api/v1/auth/refresh").then().statusCode(401)
                .body("code", equalTo("INVALID_REFRESH_TOKEN"));
        api.as(old.getString("accessToken")).get("/api/v1/auth/me").then().statusCode(401)
                .body("code", equalTo("SESSION_ENDED"));
    }

    @Test
    void theTokenExpiresAfterSixtyMinutes() {
        Api api = Api.newClient();
        String username = newOfficialWithEmail();
        String token = requestAndReadToken(api, username);
        clock.advance(Duration.ofMinutes(60));
        confirm(api, token, "Brand-New-Password-7").statusCode(400).body("code", equalTo("INVALID_RESET_TOKEN"));
    }

    @Test
    void anUnknownAccountGetsTheSameAnswerAndNoMail() {
        Api api = Api.newClient();
        mailbox.clear();
        api.request().body(Map.of("login", "nobody-" + TestAccounts.unique("x")))
                .post("/api/v1/auth/forgot-password/request").then().statusCode(202);
        assertThat(mailbox.getTotalMessagesSent()).isZero();
    }

    @Test
    void requestsFromOneAddressAreRateLimited() {
        Api api = Api.newClient();
        for (int i = 0; i < 5; i++) {
            api.request().body(Map.of("login", "someone")).post("/api/v1/auth/forgot-password/request").then()
                    .statusCode(202);
        }
        api.request().body(Map.of("login", "someone")).post("/api/v1/auth/forgot-password/request").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .header("Retry-After", notNullValue());
        // Another address is not affected.
        Api.newClient().request().body(Map.of("login", "someone")).post("/api/v1/auth/forgot-password/request")
                .then().statusCode(202);
    }
}
