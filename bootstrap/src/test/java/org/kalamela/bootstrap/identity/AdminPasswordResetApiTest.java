package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;

/** The admin sends a set-password link (issue 19): mailed, or handed over once; single use, 60 minutes. */
@QuarkusTest
class AdminPasswordResetApiTest {

    private static final String PASSWORD = "Correct-Horse-42";
    private static final String NEW_PASSWORD = "Brand-New-Password-7";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final String PATH = "/api/v1/admin/accounts/password-reset";

    @Inject
    TestAccounts accounts;

    @Inject
    MockMailbox mailbox;

    @Inject
    TestClock clock;

    private final Api api = Api.newClient();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String newAccount(boolean withEmail) {
        String username = TestAccounts.unique("official");
        accounts.official(username, withEmail ? username + "@example.org" : null, null, PASSWORD,
                accounts.district(TestAccounts.unique("District")));
        return username;
    }

    private ValidatableResponse send(String token, String login) {
        return api.as(token).body(Map.of("login", login)).post(PATH).then();
    }

    private String handedOverToken(String login) {
        String link = send(api.adminToken(), login).statusCode(200)
                .body("delivery", equalTo("HANDED_OVER"))
                .extract().path("link");
        Matcher m = TOKEN.matcher(link);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private ValidatableResponse confirm(String token, String newPassword) {
        return api.request().body(Map.of("token", token, "newPassword", newPassword))
                .post("/api/v1/auth/forgot-password/confirm").then();
    }

    @Test
    void aUsedLinkEndsTheAccountsSessionsAtOnce() {
        String username = newAccount(false);
        var old = api.login(username, PASSWORD).statusCode(200).extract().jsonPath();
        confirm(handedOverToken(username), NEW_PASSWORD).statusCode(204);
        api.as(old.getString("accessToken")).get("/api/v1/auth/me").then().statusCode(401)
                .body("code", equalTo("SESSION_ENDED"));
        api.request().body(Map.of("refreshToken", old.getString("refreshToken"))).post("/api/v1/auth/refresh")
                .then().statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
    }

    @Test
    void anAccountWithoutEmailGetsALinkOnceThatSetsItsPasswordOnce() {
        String username = newAccount(false);
        Instant before = Instant.now();

        var answer = send(api.adminToken(), username).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("account.username", equalTo(username))
                .body("delivery", equalTo("HANDED_OVER"))
                .body("link", startsWith("http://localhost:8080/reset-password?token="))
                .extract().jsonPath();
        Instant expiresAt = Instant.parse(answer.getString("expiresAt"));
        assertThat(expiresAt).isBetween(before.plus(Duration.ofMinutes(60)), Instant.now().plus(Duration.ofMinutes(60)));
        Matcher m = TOKEN.matcher(answer.getString("link"));
        assertThat(m.find()).isTrue();

        confirm(m.group(1), NEW_PASSWORD).statusCode(204);
        api.login(username, NEW_PASSWORD).statusCode(200);
        confirm(m.group(1), "Another-Password-8").statusCode(400).body("code", equalTo("INVALID_RESET_TOKEN"));
        api.login(username, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void anAccountWithAnEmailIsMailedAndTheAnswerHasNoLink() {
        String username = newAccount(true);

        send(api.adminToken(), username).statusCode(200)
                .body("delivery", equalTo("MAILED"))
                .body("$", not(hasKey("link")));

        List<Mail> mails = mailbox.getMailsSentTo(username + "@example.org");
        assertThat(mails).hasSize(1);
        Matcher m = TOKEN.matcher(mails.get(0).getText());
        assertThat(m.find()).isTrue();
        confirm(m.group(1), NEW_PASSWORD).statusCode(204);
        api.login(username, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void theLinkExpiresAfterSixtyMinutes() {
        String username = newAccount(false);
        String token = handedOverToken(username);

        clock.advance(Duration.ofMinutes(60));

        confirm(token, NEW_PASSWORD).statusCode(400).body("code", equalTo("INVALID_RESET_TOKEN"));
        api.login(username, PASSWORD).statusCode(200);
    }

    @Test
    void theLinkSetsThePasswordOfItsOwnAccountOnly() {
        String mine = newAccount(false);
        String other = newAccount(false);
        String token = handedOverToken(mine);

        confirm(token, NEW_PASSWORD).statusCode(204);

        api.login(other, NEW_PASSWORD).statusCode(401);
        api.login(other, PASSWORD).statusCode(200);
        api.login(mine, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void aNewLinkVoidsTheEarlierOne() {
        String username = newAccount(false);
        String first = handedOverToken(username);
        String second = handedOverToken(username);

        confirm(first, NEW_PASSWORD).statusCode(400).body("code", equalTo("INVALID_RESET_TOKEN"));
        confirm(second, NEW_PASSWORD).statusCode(204);
    }

    @Test
    void theLinkLiftsALockFromEveryAddress() {
        String username = newAccount(false);
        for (int address = 0; address < 10; address++) {
            Api bot = Api.newClient();
            for (int i = 1; i <= 5; i++) {
                bot.login(username, "Wrong-Password-" + i).statusCode(401);
            }
        }
        api.login(username, PASSWORD).statusCode(401).body("code", equalTo("ACCOUNT_LOCKED"));

        confirm(handedOverToken(username), NEW_PASSWORD).statusCode(204);

        api.login(username, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void onlyTheAdminMaySendALink() {
        String official = newAccount(false);
        String target = newAccount(false);

        send(api.accessToken(official, PASSWORD), target).statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
        api.request().body(Map.of("login", target)).post(PATH).then().statusCode(401);
    }

    @Test
    void anUnknownLoginIsA404Problem() {
        send(api.adminToken(), "nobody-" + TestAccounts.unique("x")).statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        send(api.adminToken(), " ").statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void sendingIsAuditedWithoutTheLink() {
        String username = newAccount(false);
        String token = handedOverToken(username);

        api.as(api.adminToken()).queryParam("action", "PASSWORD_RESET_LINK_SENT").get("/api/v1/admin/audit-log")
                .then().statusCode(200)
                .body("items[0].actorName", equalTo("admin"))
                .body("items[0].details.username", equalTo(username))
                .body("items[0].details.delivery", equalTo("HANDED_OVER"));
        assertThat(accounts.auditEntriesMentioning(token)).isZero();
    }
}
