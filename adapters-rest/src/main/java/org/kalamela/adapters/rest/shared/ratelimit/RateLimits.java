package org.kalamela.adapters.rest.shared.ratelimit;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.kalamela.domain.shared.ratelimit.RateLimit;

/**
 * The configured limits by name: {@code kalamela.rate-limit.<name>.capacity} requests per
 * {@code kalamela.rate-limit.<name>.period}, and optionally {@code kalamela.rate-limit.<name>.lease}, the most
 * tokens an instance takes from the shared bucket at once (1 when not set). Read once per name: configuration
 * does not change while the application runs.
 */
@Singleton
public class RateLimits {

    private final Config config;
    private final Map<String, RateLimit> byName = new ConcurrentHashMap<>();

    @Inject
    public RateLimits(Config config) {
        this.config = config;
    }

    public RateLimit named(String name) {
        return byName.computeIfAbsent(name, n -> new RateLimit(n,
                config.getValue("kalamela.rate-limit." + n + ".capacity", Long.class),
                config.getValue("kalamela.rate-limit." + n + ".period", Duration.class),
                config.getOptionalValue("kalamela.rate-limit." + n + ".lease", Long.class).orElse(1L)));
    }
}
