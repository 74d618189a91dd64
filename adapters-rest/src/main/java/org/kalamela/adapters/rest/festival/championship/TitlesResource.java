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
import org.kalamela.adapters.rest.festival.championship.ResultDtos.TitlesDto;
import org.kalamela.application.festival.championship.ShowPublicTitles;

/**
 * Kalaprathibha and Kalathilakam so far, for anyone, under this spelling and the specification's
 * ({@code kalaprabha}); both answer the same.
 */
@Path("/api/v1/kalamela")
@Tag(name = "Kalamela results", description = "Published results, championships, titles and participants (public)")
@Produces(MediaType.APPLICATION_JSON)
public class TitlesResource {

    private final ShowPublicTitles titles;
    private final PublicResultsRepresentations representations;

    @Inject
    public TitlesResource(ShowPublicTitles titles, PublicResultsRepresentations representations) {
        this.titles = titles;
        this.representations = representations;
    }

    @GET
    @Path("/kalaprathibha")
    @PermitAll
    @Operation(summary = "Kalaprathibha (male) and Kalathilakam (female) from the published results: the highest "
            + "total of individual points among members with scored entries in the edition's minimum of individual "
            + "events; ties shared, all tied members named (public)")
    @APIResponse(responseCode = "200", description = "Both titles with their holders and leading contenders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TitlesDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current ETag)")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public Response kalaprathibha(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return representations.titles(titles.execute()).response(ifNoneMatch);
    }

    @GET
    @Path("/kalaprabha")
    @PermitAll
    @Operation(summary = "The same as GET /api/v1/kalamela/kalaprathibha, under the specification's spelling "
            + "(public)")
    @APIResponse(responseCode = "200", description = "Both titles with their holders and leading contenders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TitlesDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current ETag)")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public Response kalaprabha(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return representations.titles(titles.execute()).response(ifNoneMatch);
    }
}
