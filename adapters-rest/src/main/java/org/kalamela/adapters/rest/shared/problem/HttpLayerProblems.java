package org.kalamela.adapters.rest.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kalamela.domain.shared.error.ErrorCode;

/**
 * Refusals that happen before a request reaches an endpoint, answered as problem details like every other
 * error (the HTTP layer would answer them with an empty body):
 * <ul>
 *   <li>414 {@code URI_TOO_LONG}: a request line longer than {@code kalamela.http.max-uri-length}. The
 *   connection layer's own limit ({@code quarkus.http.limits.max-initial-line-length}) is set well above it,
 *   so only absurd lines meet the bare answer of the connection layer.</li>
 *   <li>413 {@code PAYLOAD_TOO_LARGE}: a body whose declared length is over
 *   {@code quarkus.http.limits.max-body-size}, refused before it is read (the connection is then closed).
 *   A body sent in chunks that grows past the limit is cut by the framework itself.</li>
 *   <li>400 {@code BAD_REQUEST}: a request the router cannot read. (Broken percent-encoding such as
 *   {@code %zz} never gets this far: the HTTP server answers it with a bare 400.)</li>
 *   <li>415 {@code UNSUPPORTED_MEDIA_TYPE}: a POST, PUT or PATCH with a body but no {@code Content-Type}, which
 *   would otherwise be read as JSON.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final ObjectMapper json;
    private final long maxBodySize;
    private final int maxUriLength;

    @Inject
    public HttpLayerProblems(ObjectMapper json,
                             @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                             @ConfigProperty(name = "kalamela.http.max-uri-length", defaultValue = "8192")
                             int maxUriLength) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxUriLength = maxUriLength;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.errorHandler(400, context -> answer(context, ErrorCode.BAD_REQUEST,
                "The request cannot be read"));
        router.errorHandler(413, context -> answer(context, ErrorCode.PAYLOAD_TOO_LARGE,
                "The body is larger than the server accepts"));
        router.errorHandler(414, context -> answer(context, ErrorCode.URI_TOO_LONG,
                "The address is longer than the server accepts"));
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            answer(context, ErrorCode.URI_TOO_LONG, "The address is longer than " + maxUriLength + " characters");
            return;
        }
        long declared = declaredLength(request);
        if (declared > maxBodySize) {
            answer(context, ErrorCode.PAYLOAD_TOO_LARGE, "The body is larger than " + maxBodySize + " bytes");
            return;
        }
        boolean hasBody = declared > 0 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (WITH_BODY.contains(request.method()) && hasBody && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            answer(context, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "A body needs a Content-Type header, e.g. application/json");
            return;
        }
        context.next();
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void answer(RoutingContext context, ErrorCode code, String detail) {
        int status = code.status();
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(Problem.of(status, code, detail, null));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + ",\"code\":\"" + code.code() + "\"}";
        }
        boolean close = status == 413 || status == 414;
        if (close) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body)
                .onComplete(sent -> {
                    if (close) {
                        // The body that was refused is never read: the connection cannot be used again.
                        context.request().connection().close();
                    }
                });
    }
}
