package org.kalamela.adapters.rest.festival.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.StageDto;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.StageRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.schedule.CreateStage;
import org.kalamela.application.festival.schedule.DeleteStage;
import org.kalamela.application.festival.schedule.EditStage;
import org.kalamela.application.festival.schedule.ListStages;
import org.kalamela.domain.festival.schedule.StageDetails;

/** The stages (venues) of the current edition. */
@Path("/api/v1/kalamela/admin/stages")
@Tag(name = "Kalamela schedule", description = "Stages, the schedule, its clashes and publication, stage status")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class StageResource {

    private final ListStages list;
    private final CreateStage create;
    private final EditStage edit;
    private final DeleteStage delete;
    private final CurrentActor currentActor;

    @Inject
    public StageResource(ListStages list, CreateStage create, EditStage edit, DeleteStage delete,
                         CurrentActor currentActor) {
        this.list = list;
        this.create = create;
        this.edit = edit;
        this.delete = delete;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "The current edition's stages, by name (ADMIN)")
    @APIResponse(responseCode = "200", description = "The stages")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public List<StageDto> list() {
        return list.execute(currentActor.get()).stream().map(StageDto::of).toList();
    }

    @POST
    @Operation(summary = "Add a stage to the current edition: name (unique in the edition), location, capacity "
            + "(ADMIN, audited)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name, location, capacity)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "STAGE_NAME_TAKEN")
    public Response create(@NotNull StageRequest body) {
        StageDto created = StageDto.of(create.execute(details(body), currentActor.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/kalamela/admin/stages/{id}").build(created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a stage's name, location and capacity (ADMIN, audited with what changed)")
    @APIResponse(responseCode = "200", description = "The stage")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name, location, capacity)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (stage), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "STAGE_NAME_TAKEN")
    public StageDto edit(@PathParam("id") long id, @NotNull StageRequest body) {
        return StageDto.of(edit.execute(ScheduleParams.stagePath(id), details(body), currentActor.get()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a stage nothing is scheduled on and the published schedule does not name "
            + "(ADMIN, audited)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (stage), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "STAGE_IN_USE")
    public Response delete(@PathParam("id") long id) {
        delete.execute(ScheduleParams.stagePath(id), currentActor.get());
        return Response.noContent().build();
    }

    private static StageDetails details(StageRequest body) {
        return new StageDetails(body.name(), body.location(), body.capacity());
    }
}
