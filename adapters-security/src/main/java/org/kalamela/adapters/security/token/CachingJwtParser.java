package org.kalamela.adapters.security.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The parser smallrye-jwt's {@code MpJwtValidator} verifies every bearer token with, remembering each verified
 * token by its full string until its {@code exp}: checking the RS256 signature again for a string already
 * verified gives the same claims, and took about 15% of the request threads' time under load. Keyed by the
 * whole string, so a token with any other byte (a forged signature too) is verified afresh; a token that fails
 * is never remembered. Session checks ({@code SessionFilter}) run on every request after this, untouched.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class CachingJwtParser implements JWTParser {

    static final int MAX_ENTRIES = 10_000;

    private final JWTParser verifier;
    private final Clock clock;
    private final Cache<String, JsonWebToken> verified;

    /**
     * The extension's own parser does the verifying, with the context {@link JwtVerification} produces. The
     * clock is the system's, not the application's {@code Clock} bean: the verifier checks {@code exp} against
     * system time, and an entry must never outlive what it would accept.
     */
    @Inject
    CachingJwtParser(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC(), MAX_ENTRIES);
    }

    CachingJwtParser(JWTParser verifier, Clock clock, int maxEntries) {
        this.verifier = verifier;
        this.clock = clock;
        // Size-bounded only, no Caffeine expiry: the expiry is checked against the token's exp on each read
        // below, and a per-entry expiry would need a cache class Quarkus does not register for native images.
        // Maintenance runs on the calling thread (a few map operations), so the bound holds without a pool.
        this.verified = Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            if (unexpired(known)) {
                return known;
            }
            // Dropped at exp, stricter than the verifier's 30 s of clock skew: past exp, it decides again.
            verified.invalidate(token);
        }
        JsonWebToken fresh = verifier.parse(token);
        if (unexpired(fresh)) {
            verified.put(token, fresh);
        }
        return fresh;
    }

    private boolean unexpired(JsonWebToken token) {
        // Claims.exp reads as a Long (seconds); a token without one is never remembered.
        return token.getClaim(Claims.exp) instanceof Long exp && clock.millis() < exp * 1000;
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    // Nothing else is on the request path (MpJwtValidator calls parse(String) only); these pass through.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
