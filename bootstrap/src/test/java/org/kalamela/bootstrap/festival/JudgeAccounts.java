package org.kalamela.bootstrap.festival;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.AccountId;

/** Judges created as the admin creates them (a one-time password), signed in with a password of their own. */
final class JudgeAccounts {

    private static final String OWN_PASSWORD = "Judges-Own-Pass-2026";

    /** A signed-in judge: the account and an access token. */
    record Judge(AccountId id, String token) {
    }

    private JudgeAccounts() {
    }

    static Judge create(Api api, String adminToken) {
        JsonPath created = api.as(adminToken).body(Map.of("displayName", TestAccounts.unique("Judge"),
                "delivery", "ONE_TIME_PASSWORD")).post("/api/v1/admin/judges").then().statusCode(201).extract()
                .jsonPath();
        String username = created.getString("account.username");
        String oneTime = created.getString("oneTimePassword");
        api.as(api.accessToken(username, oneTime)).body(Map.of("currentPassword", oneTime,
                "newPassword", OWN_PASSWORD)).post("/api/v1/auth/change-password").then().statusCode(204);
        return new Judge(AccountId.of(created.getLong("account.id")), api.accessToken(username, OWN_PASSWORD));
    }
}
