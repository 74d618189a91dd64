package org.kalamela.adapters.rest.festival.participant;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    /** A question is a few dozen bytes; the body is read here only so that JAX-RS can read it after us. */
    private static final long BODY_LIMIT = 64 * 1024;
    private static final int TEAM_CODE_MAX = 30;

    private final ShowKnownParticipant known;
    private final RateLimiter limiter;
    private final RateLimits limits;
    private final ObjectMapper json;

    @Inject
    public FindParticipantRoute(ShowKnownParticipant known, RateLimiter limiter, RateLimits limits,
                                ObjectMapper json) {
        this.known = known;
        this.limiter = limiter;
        this.limits = limits;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.post(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
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

    /** The question, when the body is JSON that JAX-RS would accept as one; anything else is JAX-RS's to answer. */
    private Optional<FindParticipant.Query> question(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        RequestBody body = context.body();
        try {
            if (contentType == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(MediaType.valueOf(contentType))
                    || body == null || body.isEmpty()) {
                return Optional.empty();
            }
            FindParticipantRequest request = json.readValue(body.buffer().getBytes(), FindParticipantRequest.class);
            if (request == null || (request.teamCode() != null && request.teamCode().length() > TEAM_CODE_MAX)) {
                return Optional.empty();
            }
            return Optional.of(request.toQuery());
        } catch (IOException | InvalidInput | IllegalArgumentException notAQuestion) {
            return Optional.empty();
        }
    }
}
