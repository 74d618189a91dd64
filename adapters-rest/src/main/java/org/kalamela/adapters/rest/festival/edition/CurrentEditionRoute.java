package org.kalamela.adapters.rest.festival.edition;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.kalamela.adapters.rest.festival.edition.EditionDtos.EditionDto;
import org.kalamela.adapters.rest.shared.output.JsonRepresentation;
import org.kalamela.adapters.rest.shared.output.MemoryAnswers;
import org.kalamela.adapters.rest.shared.output.RenderedJson;
import org.kalamela.application.festival.edition.ShowKnownCurrentEdition;
import org.kalamela.domain.festival.edition.Edition;

/**
 * {@code GET /api/v1/kalamela/editions/current} answered on the I/O thread while the current edition is known
 * without asking the database (ADR-20); otherwise {@link EditionResource} reads it on a worker thread. Both
 * send the bytes of {@link #render}. A singleton: read on every request of the I/O threads, with no client
 * proxy in between.
 */
@Singleton
public class CurrentEditionRoute {

    private final JsonRepresentation<Edition> representation;
    private final ShowKnownCurrentEdition known;

    @Inject
    public CurrentEditionRoute(ShowKnownCurrentEdition known, ObjectMapper json) {
        this.known = known;
        this.representation = new JsonRepresentation<>(edition -> EditionDto.of(edition, true), json);
    }

    /** The bytes and tag of the current edition, shared with {@link EditionResource}'s answer. */
    RenderedJson render(Edition edition) {
        return representation.of(edition);
    }

    void install(@Observes Router router) {
        router.get("/api/v1/kalamela/editions/current").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::answer);
    }

    private void answer(RoutingContext context) {
        MemoryAnswers.answer(context, known.execute().map(representation::of));
    }
}
