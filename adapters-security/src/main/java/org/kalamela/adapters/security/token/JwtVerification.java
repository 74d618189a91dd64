package org.kalamela.adapters.security.token;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies access tokens with the public key of {@link JwtKeys}, replacing the extension's own context so
 * that the key pair can be generated at start-up in development instead of being a file that must exist.
 */
@ApplicationScoped
public class JwtVerification {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(JwtKeys keys, @ConfigProperty(name = "kalamela.jwt.issuer") String issuer) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(keys.publicKey(), issuer);
        info.setClockSkew(30);
        return info;
    }
}
