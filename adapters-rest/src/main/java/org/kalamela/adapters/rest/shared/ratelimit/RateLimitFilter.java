package org.kalamela.adapters.rest.shared.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kalamela.adapters.rest.shared.problem.Problems;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.ratelimit.RateLimiter;

/**
 * Applies {@link RateLimited} per client address before the endpoint runs, so a refused request touches
 * nothing. The client address is {@link ClientAddresses}': X-Forwarded-For only where the proxy is trusted.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final RateLimits limits;

    @Inject
    public RateLimitFilter(RateLimiter limiter, RateLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext context, ResourceInfo resource,
                                    @Context HttpServerRequest request) {
        RateLimited annotation = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (annotation == null) {
            return Optional.empty();
        }
        return limiter.tryAcquire(limits.named(annotation.value()), ClientAddresses.of(request).value())
                .map(wait -> Problems.withRetryAfter(Problems.response(ErrorCode.RATE_LIMITED,
                        "Too many requests from your address; try again later"), wait));
    }
}
