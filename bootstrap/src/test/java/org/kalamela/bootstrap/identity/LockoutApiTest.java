package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.identity.lockout.LoginKey;

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
    void parallelFailuresAreAllCountedAndNoneIsLost() throws Exception {
        String username = newOfficial();
        String key = LoginKey.forAccount(accounts.idOf(username)).value();
        List<Api> bots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bots.add(Api.newClient());
        }
        List<Callable<String>> attempts = new ArrayList<>();
        for (Api bot : bots) {
            for (int i = 0; i < 6; i++) {
                attempts.add(() -> bot.login(username, "Wrong-Password-0").statusCode(401).extract().path("code"));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> codes = new ArrayList<>();
        try {
            for (Future<String> answer : pool.invokeAll(attempts)) {
                codes.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        // Each address counts 5 failures, and its sixth attempt finds it locked, whatever the interleaving;
        // the 50th failure from every address locks the rest, so at most 40 answers say INVALID_CREDENTIALS.
        for (Api bot : bots) {
            assertThat(accounts.throttleFailures(key, bot.clientAddress())).isEqualTo(5);
        }
        assertThat(accounts.throttleFailures(key, "*")).isEqualTo(50);
        assertThat(codes).containsOnly("INVALID_CREDENTIALS", "ACCOUNT_LOCKED");
        assertThat(codes.stream().filter("INVALID_CREDENTIALS"::equals).count()).isEqualTo(40);
        Api.newClient().login(username, PASSWORD).statusCode(401).body("code", equalTo("ACCOUNT_LOCKED"));
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
