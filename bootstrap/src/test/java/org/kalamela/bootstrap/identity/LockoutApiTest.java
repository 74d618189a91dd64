package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.bootstrap.support.TestClock;
import org.kalamela.domain.identity.LoginKey;

/**
 * The lockout as DOMAIN.md states it: per account and client address, a higher ceiling per account from
 * every address, and the same answers for a login that matches no account.
 */
@QuarkusTest
class LockoutApiTest {

    private static final String PASSWORD = "Correct-Horse-42";
    private static final String ADMIN_PASSWORD = "Admin-Test-Password-1";

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String newOfficial() {
        String username = TestAccounts.unique("official");
        accounts.official(username, null, null, PASSWORD, accounts.district(TestAccounts.unique("District")));
        return username;
    }

    @Test
    void aStrangerCannotLockTheAdminOutFromAnotherAddress() {
        Api stranger = Api.newClient();
        for (int i = 1; i <= 4; i++) {
            stranger.login("admin", "Wrong-Password-" + i).statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        }
        stranger.login("admin", "Wrong-Password-5").statusCode(401).body("code", equalTo("ACCOUNT_LOCKED"))
                .header("Retry-After", equalTo("900"));
        stranger.login("admin", "Wrong-Password-6").statusCode(401).body("code", equalTo("ACCOUNT_LOCKED"));
        stranger.login("admin", ADMIN_PASSWORD).statusCode(401).body("code", equalTo("ACCOUNT_LOCKED"));

        Api.newClient().login("admin", ADMIN_PASSWORD).statusCode(200);
    }

    @Test
    void fiftyFailuresFromManyAddressesLockTheAccountForEveryAddress() {
        String username = newOfficial();
        for (int address = 0; address < 10; address++) {
            Api bot = Api.newClient();
            for (int i = 1; i <= 5; i++) {
                bot.login(username, "Wrong-Password-" + i).statusCode(401);
            }
        }

        Api owner = Api.newClient();
        owner.login(username, PASSWORD).statusCode(401).body("code", equalTo("ACCOUNT_LOCKED"))
                .header("Retry-After", notNullValue());
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        owner.login(username, PASSWORD).statusCode(200);
    }

    @Test
    void anUnknownAccountGetsTheSameAnswersAsAKnownOne() {
        String known = newOfficial();
        String unknown = "nobody-" + known;
        Api one = Api.newClient();
        Api other = Api.newClient();
        for (int i = 1; i <= 6; i++) {
            ExtractableResponse<Response> forKnown = one.login(known, "Wrong-Password-" + i).extract();
            ExtractableResponse<Response> forUnknown = other.login(unknown, "Wrong-Password-" + i).extract();

            assertThat(forUnknown.statusCode()).as("attempt %d", i).isEqualTo(forKnown.statusCode()).isEqualTo(401);
            assertThat(forUnknown.contentType()).isEqualTo(forKnown.contentType());
            assertThat(forUnknown.body().asString()).as("attempt %d", i).isEqualTo(forKnown.body().asString());
            assertThat(forUnknown.header("Retry-After") == null).isEqualTo(forKnown.header("Retry-After") == null);
            if (i == 5) {
                assertThat(forUnknown.header("Retry-After")).isEqualTo(forKnown.header("Retry-After"))
                        .isEqualTo("900");
                assertThat(forUnknown.jsonPath().getString("code")).isEqualTo("ACCOUNT_LOCKED");
            }
        }
    }

    @Test
    void anUnknownLoginIsAuditedAndCountedWithoutWhatWasTyped() {
        String typed = TestAccounts.unique("Typed-Secret-Password");
        Api api = Api.newClient();
        api.login(typed, PASSWORD).statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));

        api.as(api.adminToken()).queryParam("actor", "anonymous").queryParam("action", "SIGN_IN_FAILED")
                .get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items[0].details", equalTo(Map.of("account", "unknown")))
                .body("items[0].targetId", org.hamcrest.Matchers.nullValue());
        assertThat(accounts.auditEntriesMentioning(typed)).isZero();
        assertThat(accounts.throttleRowsMentioning(typed)).isZero();
        assertThat(accounts.throttleRowsMentioning(LoginKey.forUnknownLogin(typed).value())).isEqualTo(2);
    }
}
