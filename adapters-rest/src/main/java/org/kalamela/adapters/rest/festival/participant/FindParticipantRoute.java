package org.kalamela.adapters.rest.festival.participant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kalamela.adapters.rest.festival.participant.ParticipantDtos.FindParticipantRequest;
import org.kalamela.adapters.rest.festival.participant.ParticipantDtos.ParticipantDto;
import org.kalamela.adapters.rest.shared.ratelimit.ClientAddresses;
import org.kalamela.adapters.rest.shared.ratelimit.RateLimits;
import org.kalamela.application.festival.participant.FindParticipant;
import org.kalamela.application.festival.participant.ShowKnownParticipant;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.ratelimit.RateLimit;
import org.kalamela.domain.shared.ratelimit.RateLimiter;

/**
 * {@code POST /api/v1/kalamela/find-participant} answered on the I/O thread (ADR-20) when three things hold
 * without waiting: the body is a well-formed question, this instance knows the participant in memory
 * (registration has settled and nothing was heard since), and it holds a token of the caller's address from its
 * lease of the rate limit (ADR-6). Otherwise the request goes on, with its body, to
 * {@link FindParticipantResource}, which validates, counts the request against the shared bucket, asks the
 * database on a worker thread and answers errors and "not found" as problem documents; both send the same JSON.
 */
@Singleton
public class FindParticipantRoute {

    static final String PATH = "/api/v1/kalamela/find-participant";

    private final ShowKnownParticipant known;
    private final RateLimiter limiter;
    private final RateLimits limits;
    private final ObjectMapper json;
    private final long bodyLimit;

    /**
     * {@code maxBodySize} is the limit every other endpoint has: the body is read here so that JAX-RS can read it
     * after this route, and a body too large is refused here as it would be there (413).
     */
    @Inject
    public FindParticipantRoute(ShowKnownParticipant known, RateLimiter limiter, RateLimits limits,
                                ObjectMapper json,
                                @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.known = known;
        this.limiter = limiter;
        this.limits = limits;
        this.json = json;
        this.bodyLimit = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.post(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(BodyHandler.create(false).setBodyLimit(bodyLimit))
                .handler(this::answer);
    }

    private void answer(RoutingContext context) {
        Optional<ParticipantDto> participant = question(context).flatMap(known::execute).map(ParticipantDto::of);
        RateLimit limit = limits.named("find-participant");
        if (participant.isEmpty()
                || !limiter.tryTakeHeld(limit, ClientAddresses.of(context.request()).value())) {
            context.next();
            return;
        }
        try {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                    .end(Buffer.buffer(json.writeValueAsBytes(participant.get())));
        } catch (IOException e) {
            throw new IllegalStateException("a participant is plain data", e);
        }
    }

    /**
     * The question, when the request is one JAX-RS would answer with JSON: a JSON body (exactly
     * {@code application/json}, any parameters), a JSON answer acceptable, and the body one question. Anything
     * else is JAX-RS's to answer (or refuse) as the API document says.
     */
    private Optional<FindParticipant.Query> question(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        RequestBody body = context.body();
        try {
            if (contentType == null || !isJson(MediaType.valueOf(contentType))
                    || !acceptsJson(context.request().getHeader(HttpHeaders.ACCEPT))
                    || body == null || body.isEmpty()) {
                return Optional.empty();
            }
            FindParticipantRequest request = json.readValue(body.buffer().getBytes(), FindParticipantRequest.class);
            if (request == null
                    || (request.teamCode() != null && request.teamCode().length() > ParticipantDtos.TEAM_CODE_MAX)) {
                return Optional.empty();
            }
            return Optional.of(request.toQuery());
        } catch (IOException | InvalidInput | IllegalArgumentException notAQuestion) {
            return Optional.empty();
        }
    }

    private static boolean isJson(MediaType type) {
        return "application".equalsIgnoreCase(type.getType()) && "json".equalsIgnoreCase(type.getSubtype());
    }

    /** No {@code Accept}, or one of its types admits JSON ({@code q=0} is not looked at: JAX-RS then decides). */
    private static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String type : accept.split(",")) {
            MediaType acceptable = MediaType.valueOf(type.trim());
            if (acceptable.getParameters().containsKey("q")) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
