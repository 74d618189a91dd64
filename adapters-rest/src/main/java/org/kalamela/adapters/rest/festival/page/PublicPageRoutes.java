package org.kalamela.adapters.rest.festival.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.kalamela.application.festival.championship.PublishedResults;
import org.kalamela.application.festival.championship.ShowPublicResults;
import org.kalamela.domain.shared.error.DomainException;
import org.kalamela.domain.shared.error.ErrorCode;

/**
 * The public results page at {@code /} and its two static files under {@code /assets/} (docs/architecture.md,
 * ADR-18). The page's first screen, the published results, is rendered here from the same cached read as
 * {@code GET /api/v1/kalamela/results}, so a phone sees them after one round trip; everything else on the page
 * (the championship tables, the titles, the schedule, find-a-participant, the big screen's refresh) is the
 * page's script reading the public API. Plain Vert.x routes rather than a JAX-RS resource: the page is no
 * endpoint of the API and belongs in no OpenAPI document.
 */
@ApplicationScoped
public class PublicPageRoutes {

    /** The page shows results: short-lived, so a proxy may absorb a crowd without hiding a publication long. */
    static final String PAGE_CACHE = "public, max-age=10";
    /** Hashed names never change content: a year, and no revalidation. */
    static final String ASSET_CACHE = "public, max-age=31536000, immutable";

    private final ShowPublicResults results;
    private final Template page;
    private final PageAssets assets = PageAssets.load();
    private final PageLabels labels = PageLabels.load();
    private final Map<PageLanguage, String> labelsJson = new EnumMap<>(PageLanguage.class);

    @Inject
    public PublicPageRoutes(ShowPublicResults results, @Location("public-page.html") Template page,
                            ObjectMapper json) {
        this.results = results;
        this.page = page;
        for (PageLanguage language : PageLanguage.values()) {
            labelsJson.put(language, scriptSafe(json, labels.all(language)));
        }
    }

    void install(@Observes Router router) {
        router.get("/").blockingHandler(this::page, false);
        router.get("/assets/:name").handler(this::asset);
    }

    private void page(RoutingContext context) {
        PageOptions options = PageOptions.of(context.request().getParam("lang"),
                context.request().getParam("screen"), context.request().getParam("refresh"));
        PageView view = PageView.of(options, labels, labelsJson.get(options.language()), assets, published());
        byte[] html = page.data("page", view).render().getBytes(StandardCharsets.UTF_8);
        send(context, "text/html; charset=utf-8", PAGE_CACHE, html, null);
    }

    /**
     * The published results, or null while no edition is current (the page then says so). A Vert.x route has
     * no CDI request context of its own, and the database session needs one: it lives for this read.
     */
    private PublishedResults published() {
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            return results.execute();
        } catch (DomainException e) {
            if (e.errorCode() == ErrorCode.NO_CURRENT_EDITION) {
                return null;
            }
            throw e;
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }

    private void asset(RoutingContext context) {
        assets.named(context.pathParam("name")).ifPresentOrElse(
                asset -> send(context, asset.contentType(), ASSET_CACHE, asset.body(), asset.gzipped()),
                () -> context.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end("Not found"));
    }

    /** Sends the body gzipped when the client takes gzip (phones on slow networks all do). */
    private static void send(RoutingContext context, String type, String cache, byte[] body, byte[] gzipped) {
        String accepted = context.request().getHeader(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = accepted != null && accepted.contains("gzip");
        byte[] sent = gzip ? (gzipped != null ? gzipped : PageAssets.gzip(body)) : body;
        var response = context.response().putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader(HttpHeaders.CACHE_CONTROL, cache).putHeader(HttpHeaders.VARY, "Accept-Encoding");
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.end(Buffer.buffer(sent));
    }

    /** JSON that can stand inside a script element: no "</script>" or comment opener can be formed. */
    private static String scriptSafe(ObjectMapper json, Map<String, String> labels) {
        try {
            return json.writeValueAsString(labels).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("labels are plain strings", e);
        }
    }
}
