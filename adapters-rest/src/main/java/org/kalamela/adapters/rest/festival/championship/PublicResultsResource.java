package org.kalamela.adapters.rest.festival.championship;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    private final PublicResultsRepresentations representations;

    @Inject
    public PublicResultsResource(ShowPublicResults results, ShowPublicChampionship championship,
                                 PublicResultsRepresentations representations) {
        this.results = results;
        this.championship = championship;
        this.representations = representations;
    }

    @GET
    @PermitAll
    @Operation(summary = "The published results of the current edition by result number: each event with places "
            + "1 to 3 (ties give more rows), name or team code, unit and district; an event under appeal is "
            + "marked UNDER_APPEAL (public)")
    @APIResponse(responseCode = "200", description = "The published results and which results they are",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResultsDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current ETag)")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public Response results(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return representations.results(results.execute()).response(ifNoneMatch);
    }

    @GET
    @Path("/unit-wise")
    @PermitAll
    @Operation(summary = "The unit-wise championship: units by the sum of their points (individual entries count "
            + "for the member's unit, teams for the team's), shared places, each row with its results; \"after N "
            + "of M results\", provisional until every event is published (public)")
    @APIResponse(responseCode = "200", description = "The unit-wise table", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChampionshipDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current ETag)")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public Response unitWise(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return representations.unitWise(championship.execute(ChampionshipScope.UNITS)).response(ifNoneMatch);
    }

    @GET
    @Path("/district-wise")
    @PermitAll
    @Operation(summary = "The district-wise championship: districts by the sum of their points, shared places, "
            + "each row with its results; \"after N of M results\", provisional until every event is published "
            + "(public)")
    @APIResponse(responseCode = "200", description = "The district-wise table", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChampionshipDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current ETag)")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public Response districtWise(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return representations.districtWise(championship.execute(ChampionshipScope.DISTRICTS))
                .response(ifNoneMatch);
    }
}
