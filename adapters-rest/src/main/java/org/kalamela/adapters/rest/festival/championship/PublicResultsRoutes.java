package org.kalamela.adapters.rest.festival.championship;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;
import org.kalamela.adapters.rest.shared.output.MemoryAnswers;
import org.kalamela.adapters.rest.shared.output.RenderedJson;
import org.kalamela.application.festival.championship.ResultsBoard;
import org.kalamela.application.festival.championship.ShowKnownResultsBoard;

/**
 * The public results, standings and titles answered on the I/O thread while the results board is known current
 * without asking the database (ADR-20); otherwise the request goes on to {@link PublicResultsResource} and
 * {@link TitlesResource}, which are also what the API document describes. Ahead of JAX-RS's routes, after
 * Quarkus' own filters (CORS, the response headers).
 */
@Singleton
public class PublicResultsRoutes {

    private final ShowKnownResultsBoard known;
    private final PublicResultsRepresentations representations;

    @Inject
    public PublicResultsRoutes(ShowKnownResultsBoard known, PublicResultsRepresentations representations) {
        this.known = known;
        this.representations = representations;
    }

    void install(@Observes Router router) {
        route(router, "/api/v1/kalamela/results", board -> representations.results(board.results()));
        route(router, "/api/v1/kalamela/results/unit-wise",
                board -> representations.unitWise(board.units()));
        route(router, "/api/v1/kalamela/results/district-wise",
                board -> representations.districtWise(board.districts()));
        route(router, "/api/v1/kalamela/kalaprathibha", board -> representations.titles(board.titles()));
        route(router, "/api/v1/kalamela/kalaprabha", board -> representations.titles(board.titles()));
    }

    private void route(Router router, String path, Function<ResultsBoard, RenderedJson> render) {
        router.get(path).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(context -> answer(context, render));
    }

    private void answer(RoutingContext context, Function<ResultsBoard, RenderedJson> render) {
        Optional<RenderedJson> rendered = known.execute().map(render);
        MemoryAnswers.answer(context, rendered);
    }
}
