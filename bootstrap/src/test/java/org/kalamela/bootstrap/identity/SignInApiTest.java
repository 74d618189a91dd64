package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

@QuarkusTest
class SignInApiTest {

    private static final String PASSWORD = "Correct-Horse-42";

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    private final Api api = Api.newClient();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Official(AccountId id, String username, String email, String phone) {
    }

    private Official newOfficial() {
        DistrictId district = accounts.district(TestAccounts.unique("District"));
        String username = TestAccounts.unique("official");
        String email = username + "@example.org";
        String phone = "9" + String.format("%09d", Math.abs(username.hashCode()) % 1_000_000_000);
        return new Official(accounts.official(username, email, phone, PASSWORD, district), username, email, phone);
    }

    @Test
    void signsInByUsernameEmailOrPhoneAndTheTokenShowsTheAccount() {
        Official official = newOfficial();
        String typedPhone = "+91 " + official.phone().substring(0, 5) + " " + official.phone().substring(5);
        for (String login : new String[] {official.username(), official.email().toUpperCase(), official.phone(),
                typedPhone}) {
            String token = api.login(login, PASSWORD).statusCode(200)
                    .body("tokenType", equalTo("Bearer"))
                    .body("expiresIn", greaterThan(0))
                    .body("refreshToken", notNullValue())
                    .body("account.role", equalTo("DISTRICT_OFFICIAL"))
                    .extract().path("accessToken");
            api.as(token).get("/api/v1/auth/me").then().statusCode(200)
                    .body("username", equalTo(official.username()))
                    .body("id", equalTo((int) official.id().value()))
                    .body("districtId", notNullValue());
        }
    }

    @Test
    void wrongPasswordAndUnknownAccountAreTheSameRefusal() {
        Official official = newOfficial();
        var wrong = api.login(official.username(), "Wrong-Password-1").statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_CREDENTIALS")).extract().jsonPath();
        var unknown = api.login("nobody-" + official.username(), "Wrong-Password-1").statusCode(401)
                .body("code", equalTo("INVALID_CREDENTIALS")).extract().jsonPath();
        assertThat(wrong.getString("detail")).isEqualTo(unknown.getString("detail"));
        assertThat(wrong.getString("type")).isEqualTo("urn:kalamela:problem:invalid-credentials");
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
        Official official = newOfficial();
        for (int i = 1; i <= 4; i++) {
            api.login(official.username(), "Wrong-Password-" + i).statusCode(401)
                    .body("code", equalTo("INVALID_CREDENTIALS"));
        }
        api.login(official.username(), "Wrong-Password-5").statusCode(401)
                .body("code", equalTo("ACCOUNT_LOCKED"))
                .header("Retry-After", equalTo("900"));
        api.login(official.username(), PASSWORD).statusCode(401)
                .body("code", equalTo("ACCOUNT_LOCKED"))
                .header("Retry-After", notNullValue());

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        api.login(official.username(), PASSWORD).statusCode(200);
    }

    @Test
    void aSuccessfulSignInClearsTheFailureCount() {
        Official official = newOfficial();
        for (int i = 1; i <= 4; i++) {
            api.login(official.username(), "Wrong-Password-" + i).statusCode(401);
        }
        api.login(official.username(), PASSWORD).statusCode(200);
        for (int i = 1; i <= 4; i++) {
            api.login(official.username(), "Wrong-Password-" + i).statusCode(401)
                    .body("code", equalTo("INVALID_CREDENTIALS"));
        }
        api.login(official.username(), PASSWORD).statusCode(200);
    }

    @Test
    void anInactiveAccountCannotSignIn() {
        Official official = newOfficial();
        accounts.deactivate(official.id());
        api.login(official.username(), PASSWORD).statusCode(401).body("code", equalTo("ACCOUNT_INACTIVE"));
        api.login(official.username(), "Wrong-Password-1").statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void aDjangoHashSignsInOnceAndIsReplacedByArgon2() {
        String username = TestAccounts.unique("legacy");
        // Exactly as Django 4 stores "Legacy-Password-9" with salt "seasalt" and 600000 iterations.
        String django = org.kalamela.bootstrap.support.DjangoHashes.encode("Legacy-Password-9", "seasalt", 600_000);
        AccountId id = accounts.withStoredHash(username, null, django, Role.ADMIN, null);

        api.login(username, "Legacy-Password-9").statusCode(200);
        assertThat(accounts.storedHash(id)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        api.login(username, "Legacy-Password-9").statusCode(200);
        api.login(username, "legacy-password-9").statusCode(401);
    }

    @Test
    void signInEventsAreAudited() {
        Official official = newOfficial();
        api.login(official.username(), "Wrong-Password-1").statusCode(401);
        api.login(official.username(), PASSWORD).statusCode(200);
        String admin = api.adminToken();
        api.as(admin).queryParam("actor", official.username()).get("/api/v1/admin/audit-log").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("SIGN_IN_SUCCEEDED"))
                .body("items[1].action", equalTo("SIGN_IN_FAILED"))
                .body("items[1].details.failures", equalTo("1"))
                .body("items[0].at", startsWith("20"));
    }

    @Test
    void theBodyIsValidatedField() {
        api.request().body(Map.of("login", "")).post("/api/v1/auth/login").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("login", "password"));
    }
}
