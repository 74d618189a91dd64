package org.kalamela.adapters.rest.festival.championship;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.championship.ResultDtos.ChampionshipDto;
import org.kalamela.adapters.rest.festival.championship.ResultDtos.ResultsDto;
import org.kalamela.application.festival.championship.ChampionshipScope;
import org.kalamela.application.festival.championship.ShowPublicChampionship;
import org.kalamela.application.festival.championship.ShowPublicResults;

/**
 * The current edition's published results and championship tables, for anyone. Served from the per-instance
 * results cache, which asks the database only after a change signal or while signals are not heard
 * (docs/architecture.md, ADR-10 and ADR-20).
 */
@Path("/api/v1/kalamela/results")
@Tag(name = "Kalamela results", description = "Published results, championships, titles and participants (public)")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResultsResource {

    private final ShowPublicResults results;
    private final ShowPublicChampionship championship;

    @Inject
    public PublicResultsResource(ShowPublicResults results, ShowPublicChampionship championship) {
        this.results = results;
        this.championship = championship;
    }

    @GET
    @PermitAll
    @Operation(summary = "The published results of the current edition by result number: each event with places "
            + "1 to 3 (ties give more rows), name or team code, unit and district; an event under appeal is "
            + "marked UNDER_APPEAL (public)")
    @APIResponse(responseCode = "200", description = "The published results and which results they are")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public ResultsDto results() {
        return ResultsDto.of(results.execute());
    }

    @GET
    @Path("/unit-wise")
    @PermitAll
    @Operation(summary = "The unit-wise championship: units by the sum of their points (individual entries count "
            + "for the member's unit, teams for the team's), shared places, each row with its results; \"after N "
            + "of M results\", provisional until every event is published (public)")
    @APIResponse(responseCode = "200", description = "The unit-wise table")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public ChampionshipDto unitWise() {
        return ChampionshipDto.of(championship.execute(ChampionshipScope.UNITS));
    }

    @GET
    @Path("/district-wise")
    @PermitAll
    @Operation(summary = "The district-wise championship: districts by the sum of their points, shared places, "
            + "each row with its results; \"after N of M results\", provisional until every event is published "
            + "(public)")
    @APIResponse(responseCode = "200", description = "The district-wise table")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public ChampionshipDto districtWise() {
        return ChampionshipDto.of(championship.execute(ChampionshipScope.DISTRICTS));
    }
}
