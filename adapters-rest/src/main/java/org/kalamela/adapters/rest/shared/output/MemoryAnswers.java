package org.kalamela.adapters.rest.shared.output;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Answers a public read on the I/O thread when its answer is in memory, before JAX-RS sees the request
 * (ADR-20): no worker thread, no request context, no database. When the answer is not known in memory the
 * request goes on to its JAX-RS resource, which asks the database on a worker thread as any endpoint does;
 * both send the same bytes, tag and headers ({@link RenderedJson}).
 */
public final class MemoryAnswers {

    private MemoryAnswers() {
    }

    public static void answer(RoutingContext context, Optional<RenderedJson> known) {
        if (known.isEmpty()) {
            context.next();
            return;
        }
        RenderedJson rendered = known.get();
        var response = context.response().putHeader(HttpHeaders.ETAG, rendered.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, RenderedJson.CACHE_CONTROL);
        if (rendered.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, RenderedJson.CONTENT_TYPE)
                    .end(Buffer.buffer(rendered.body()));
        }
    }
}
