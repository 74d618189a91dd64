package org.kalamela.adapters.rest.shared.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kalamela.adapters.rest.shared.problem.Problems;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.ratelimit.RateLimit;
import org.kalamela.domain.shared.ratelimit.RateLimiter;

/**
 * Applies {@link RateLimited} per client address before the endpoint runs, so a refused request touches
 * nothing. The client address is {@link ClientAddresses}': X-Forwarded-For only where the proxy is trusted.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final Config config;

    @Inject
    public RateLimitFilter(RateLimiter limiter, Config config) {
        this.limiter = limiter;
        this.config = config;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext context, ResourceInfo resource,
                                    @Context HttpServerRequest request) {
        RateLimited annotation = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (annotation == null) {
            return Optional.empty();
        }
        String name = annotation.value();
        RateLimit limit = new RateLimit(name,
                config.getValue("kalamela.rate-limit." + name + ".capacity", Long.class),
                config.getValue("kalamela.rate-limit." + name + ".period", Duration.class));
        return limiter.tryAcquire(limit, ClientAddresses.of(request).value()).map(wait -> Problems.withRetryAfter(
                Problems.response(ErrorCode.RATE_LIMITED,
                        "Too many requests from your address; try again later"), wait));
    }
}
