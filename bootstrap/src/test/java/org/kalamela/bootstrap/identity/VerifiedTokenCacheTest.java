package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.ClientProxy;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.kalamela.adapters.security.token.CachingJwtParser;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The verified-token cache sits where smallrye-jwt verifies bearer tokens, and ending a session still stops a
 * token the cache holds (the session check runs on every request, after verification).
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    private static final String PASSWORD = "Correct-Horse-42";
    private static final String ME = "/api/v1/auth/me";

    @Inject
    TestAccounts accounts;

    @Inject
    MpJwtValidator validator;

    @Inject
    JWTParser parser;

    private final Api api = Api.newClient();

    @Test
    void smallryeJwtVerifiesBearerTokensThroughTheCache() throws Exception {
        // MpJwtValidator's own field, read as it is: if a Quarkus upgrade renames it or stops using the
        // JWTParser bean, this fails and the cache is known to be off the request path.
        Field inUse = MpJwtValidator.class.getDeclaredField("parser");
        inUse.setAccessible(true);
        Object validatorsParser = inUse.get(ClientProxy.unwrap(validator));

        assertThat(ClientProxy.unwrap(validatorsParser)).isInstanceOf(CachingJwtParser.class);
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(CachingJwtParser.class);
    }

    @Test
    void aCachedTokenStillStopsWhenItsSessionEnds() throws Exception {
        DistrictId district = accounts.district(TestAccounts.unique("District"));
        String username = TestAccounts.unique("official");
        accounts.official(username, null, null, PASSWORD, district);
        String token = api.login(username, PASSWORD).statusCode(200).extract().jsonPath().getString("accessToken");

        api.as(token).get(ME).then().statusCode(200);
        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        int dot = token.lastIndexOf('.');
        String otherSignature = token.substring(0, dot + 1) + new StringBuilder(token.substring(dot + 1)).reverse();
        api.as(otherSignature).get(ME).then().statusCode(401);

        api.as(token).post("/api/v1/auth/logout").then().statusCode(204);

        api.as(token).get(ME).then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
    }
}
