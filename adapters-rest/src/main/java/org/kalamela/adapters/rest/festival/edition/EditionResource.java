package org.kalamela.adapters.rest.festival.edition;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.edition.EditionDtos.CreateEditionRequest;
import org.kalamela.adapters.rest.festival.edition.EditionDtos.EditionDto;
import org.kalamela.adapters.rest.festival.edition.EditionDtos.WindowDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.festival.edition.ChangeEditionRules;
import org.kalamela.application.festival.edition.ChangeRegistrationWindow;
import org.kalamela.application.festival.edition.CreateEdition;
import org.kalamela.application.festival.edition.ListEditions;
import org.kalamela.application.festival.edition.MarkCurrentEdition;
import org.kalamela.application.festival.edition.ShowCurrentEdition;
import org.kalamela.application.festival.edition.ShowEdition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Festival editions: their rules and registration window, and which one is current. */
@Path("/api/v1/kalamela/editions")
@Tag(name = "Kalamela editions", description = "Editions (years) with their rules and registration window")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    private final ListEditions list;
    private final ShowEdition showEdition;
    private final CreateEdition create;
    private final ChangeEditionRules changeRules;
    private final ChangeRegistrationWindow changeWindow;
    private final MarkCurrentEdition markCurrent;
    private final ShowCurrentEdition showCurrent;
    private final CurrentActor currentActor;
    private final CurrentEditionRoute currentRoute;

    @Inject
    public EditionResource(ListEditions list, ShowEdition showEdition, CreateEdition create,
                           ChangeEditionRules changeRules, ChangeRegistrationWindow changeWindow,
                           MarkCurrentEdition markCurrent, ShowCurrentEdition showCurrent, CurrentActor currentActor,
                           CurrentEditionRoute currentRoute) {
        this.list = list;
        this.showEdition = showEdition;
        this.create = create;
        this.changeRules = changeRules;
        this.changeWindow = changeWindow;
        this.markCurrent = markCurrent;
        this.showCurrent = showCurrent;
        this.currentActor = currentActor;
        this.currentRoute = currentRoute;
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Every edition with its rules and window, newest first, the current one flagged; paged "
            + "(ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of editions")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (page, size)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public PageDto<EditionDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageDto.of(Page.slice(list.execute(currentActor.get()), request).map(EditionDto::of));
    }

    @GET
    @RolesAllowed("ADMIN")
    @Path("/{year}")
    @Operation(summary = "An edition with its rules and window, flagged if current (ADMIN)")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (year)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no edition of that year)")
    public EditionDto one(@PathParam("year") int year) {
        return EditionDto.of(showEdition.execute(FestivalParams.editionPath(year), currentActor.get()));
    }

    @GET
    @Path("/current")
    @PermitAll
    @Operation(summary = "The current edition with its rules and registration window (public)")
    @APIResponse(responseCode = "200", description = "The current edition", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current ETag)")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public Response current(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return currentRoute.render(showCurrent.execute()).response(ifNoneMatch);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(summary = "Create an edition with its registration window and rules; it is not current until "
            + "marked so (ADMIN, audited)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (year, registrationWindow.opens, "
            + "registrationWindow.closes, rules.…: every rule field by its path)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "409", description = "EDITION_EXISTS")
    public Response create(@Valid @NotNull CreateEditionRequest body) {
        EditionDtos.requireParts(body);
        EditionDto created = EditionDto.of(create.execute(new CreateEdition.Command(EditionYear.of(body.year()),
                body.registrationWindow().toWindow("registrationWindow."), body.rules().toRules("rules.")),
                currentActor.get()), false);
        return Response.created(UriBuilder.fromPath("/api/v1/kalamela/editions/{year}").build(created.year()))
                .entity(created).build();
    }

    @PUT
    @RolesAllowed("ADMIN")
    @Path("/{year}/rules")
    @Operation(summary = "Replace an edition's rules; entries already made keep their seniority and members their "
            + "chest numbers (ADMIN, audited with every changed number)")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (every rule field by its path)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition)")
    public EditionDto changeRules(@PathParam("year") int year, @Valid @NotNull RulesDto body) {
        return EditionDto.of(changeRules.execute(new ChangeEditionRules.Command(FestivalParams.editionPath(year),
                body.toRules("")), currentActor.get()), null);
    }

    @PUT
    @RolesAllowed("ADMIN")
    @Path("/{year}/registration-window")
    @Operation(summary = "Open, extend or close an edition's registration window (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (opens, closes: closes after opens)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition)")
    @APIResponse(responseCode = "409", description = "REOPEN_AFTER_MARKS (judges have marked an event of the edition: "
            + "the window may only move within the past)")
    public EditionDto changeWindow(@PathParam("year") int year, @Valid @NotNull WindowDto body) {
        return EditionDto.of(changeWindow.execute(new ChangeRegistrationWindow.Command(
                FestivalParams.editionPath(year), body.toWindow("")), currentActor.get()), null);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Path("/{year}/current")
    @Operation(summary = "Make an edition the current one, on which official and public endpoints act (ADMIN, "
            + "audited)")
    @APIResponse(responseCode = "200", description = "The edition, now current")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition)")
    public EditionDto markCurrent(@PathParam("year") int year) {
        return EditionDto.of(markCurrent.execute(FestivalParams.editionPath(year), currentActor.get()), true);
    }
}
