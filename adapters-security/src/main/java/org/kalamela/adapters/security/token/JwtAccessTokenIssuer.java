package org.kalamela.adapters.security.token;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.session.AccessToken;
import org.kalamela.domain.identity.session.AccessTokenIssuer;
import org.kalamela.domain.identity.session.SessionId;

/**
 * Signs short-lived RS256 access tokens: subject = account id, one group = the role, district and unit ids,
 * and the session id ({@code sid}). The REST adapter reads these claims back ({@code CurrentActor}, under the
 * same names).
 */
@ApplicationScoped
public class JwtAccessTokenIssuer implements AccessTokenIssuer {

    static final String DISTRICT_CLAIM = "districtId";
    static final String UNIT_CLAIM = "unitId";
    /** The session the token belongs to: checked on every request, so ending the session stops the token. */
    static final String SESSION_CLAIM = "sid";

    private final JwtKeys keys;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    @Inject
    public JwtAccessTokenIssuer(JwtKeys keys, @ConfigProperty(name = "kalamela.jwt.issuer") String issuer,
                                @ConfigProperty(name = "kalamela.jwt.access-token-lifetime") Duration lifetime,
                                Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public AccessToken issue(Account account, SessionId session) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(account.id().toString())
                .upn(account.username())
                .groups(Set.of(account.role().name()))
                .claim(SESSION_CLAIM, session.value())
                .issuedAt(now)
                .expiresAt(expiresAt);
        if (account.districtId() != null) {
            claims.claim(DISTRICT_CLAIM, account.districtId().value());
        }
        if (account.unitId() != null) {
            claims.claim(UNIT_CLAIM, account.unitId().value());
        }
        return new AccessToken(claims.jws().sign(keys.privateKey()), expiresAt);
    }
}
