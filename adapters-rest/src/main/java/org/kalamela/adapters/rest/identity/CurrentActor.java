package org.kalamela.adapters.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The signed-in actor of the current request, read from the verified access token. The claim names are the
 * ones the token issuer writes ({@code adapters-security}, {@code JwtAccessTokenIssuer}); the two adapters do
 * not know each other, so each names them, and {@code AccessTokenClaimsTest} in {@code bootstrap} reads an
 * issued token back through this class to keep them the same.
 */
@RequestScoped
public class CurrentActor {

    static final String DISTRICT_CLAIM = "districtId";
    static final String UNIT_CLAIM = "unitId";
    static final String SESSION_CLAIM = "sid";

    private final JsonWebToken jwt;

    @Inject
    public CurrentActor(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public Actor get() {
        Role role = jwt.getGroups().stream().map(Role::valueOf).findFirst()
                .orElseThrow(() -> new io.quarkus.security.UnauthorizedException("token without a role"));
        return new Actor(AccountId.of(Long.parseLong(jwt.getSubject())), jwt.getName(), role,
                longClaim(DISTRICT_CLAIM) == null ? null
                        : DistrictId.of(longClaim(DISTRICT_CLAIM)),
                longClaim(UNIT_CLAIM) == null ? null
                        : UnitId.of(longClaim(UNIT_CLAIM)));
    }

    /** The token's session id ({@code sid}); absent only in tokens issued before sessions existed. */
    public Optional<String> sessionClaim() {
        return sessionClaim(jwt);
    }

    /** The token's session id claim as text, if it has one. */
    static Optional<String> sessionClaim(JsonWebToken token) {
        return Optional.ofNullable(token.getClaim(SESSION_CLAIM)).map(CurrentActor::claimText);
    }

    private static String claimText(Object value) {
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }

    /** The session of a request the session filter has admitted. */
    public SessionId sessionId() {
        return sessionClaim().map(SessionId::new)
                .orElseThrow(() -> new io.quarkus.security.UnauthorizedException("token without a session"));
    }

    private Long longClaim(String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof jakarta.json.JsonNumber n) {
            return n.longValue();
        }
        return Long.parseLong(value.toString());
    }
}
