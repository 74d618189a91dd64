package org.kalamela.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.security.token.JwtAccessTokenIssuer;
import org.kalamela.adapters.security.token.JwtKeys;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The token issuer ({@code adapters-security}) and the REST adapter that reads tokens ({@code CurrentActor})
 * do not know each other, so each names the claims; an issued token read back must give the same actor and
 * session, or a renamed claim on one side would silently drop a district, a unit or the session.
 */
class AccessTokenClaimsTest {

    private static final String ISSUER = "https://kalamela.test";

    @TempDir
    Path keyDir;

    @Test
    void anIssuedTokenReadsBackAsTheSameActorAndSession() throws Exception {
        JwtKeys keys = new JwtKeys(Optional.empty(), Optional.empty(), true, keyDir.toString());
        JwtAccessTokenIssuer issuer = new JwtAccessTokenIssuer(keys, ISSUER, Duration.ofMinutes(15),
                Clock.systemUTC());
        Account unit = new Account(AccountId.of(41), "UNIT-0041", null, null, "Unit 41", "hash", Role.UNIT,
                DistrictId.of(7), UnitId.of(41), true, false);
        SessionId session = SessionId.random();

        String token = issuer.issue(unit, session).value();
        JsonWebToken verified = new DefaultJWTParser(new JWTAuthContextInfo(keys.publicKey(), ISSUER)).parse(token);
        CurrentActor reader = new CurrentActor(verified);

        assertThat(reader.get()).isEqualTo(unit.asActor());
        assertThat(reader.sessionId()).isEqualTo(session);
    }
}
