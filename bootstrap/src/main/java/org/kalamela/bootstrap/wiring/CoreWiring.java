package org.kalamela.bootstrap.wiring;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kalamela.application.festival.certificate.CertificateSettings;
import org.kalamela.application.identity.session.IdentitySettings;
import org.kalamela.domain.festival.certificate.SerialGenerator;
import org.kalamela.domain.identity.password.PasswordPolicy;
import org.kalamela.domain.registry.rules.RegistryRules;

/**
 * Makes the plain classes of the core into beans: the domain carries no annotations, so the policies and
 * settings it needs are produced here, in one readable place (docs/architecture.md, ADR-2).
 */
@ApplicationScoped
public class CoreWiring {

    private static final Duration MICROSECOND = Duration.ofNanos(1_000);

    /**
     * The system clock in the diocese's time zone: instants are the same everywhere, but "today" (ages,
     * birth-date checks, registration years) is the local date. It ticks in microseconds, PostgreSQL's precision,
     * so an instant a use case answers with (a publication's time, say) is the one read back later. Tests
     * replace it with a clock they can move.
     */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "kalamela.time-zone") ZoneId zone) {
        return Clock.tick(Clock.system(zone), MICROSECOND);
    }

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }

    /** The registry's plausibility numbers (member ages, registration years, members needed to submit). */
    @Produces
    @Singleton
    RegistryRules registryRules() {
        return RegistryRules.defaults();
    }

    @Produces
    @Singleton
    IdentitySettings identitySettings(
            @ConfigProperty(name = "kalamela.auth.refresh-token-lifetime") Duration refreshLifetime,
            @ConfigProperty(name = "kalamela.auth.reset-token-lifetime") Duration resetLifetime,
            @ConfigProperty(name = "kalamela.auth.reset-link-base") String resetLinkBase) {
        return new IdentitySettings(refreshLifetime, resetLifetime, resetLinkBase);
    }

    /** Certificate serials drawn from the platform's cryptographic random generator (ADR-19). */
    @Produces
    @Singleton
    SerialGenerator certificateSerials() {
        return SerialGenerator.secure();
    }

    /**
     * The public address a certificate's QR code leads to: {@code kalamela.public-base-url} when set, else the
     * origin of the password-reset link, the one public address every deployment already configures.
     */
    @Produces
    @Singleton
    CertificateSettings certificateSettings(
            @ConfigProperty(name = "kalamela.public-base-url") Optional<String> publicBaseUrl,
            @ConfigProperty(name = "kalamela.auth.reset-link-base") String resetLinkBase) {
        return publicBaseUrl.filter(url -> !url.isBlank()).map(CertificateSettings::new)
                .orElseGet(() -> CertificateSettings.originOf(resetLinkBase));
    }
}
