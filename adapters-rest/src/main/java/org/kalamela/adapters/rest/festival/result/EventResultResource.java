package org.kalamela.adapters.rest.festival.result;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.result.EventResultDtos.EventResultDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.result.PublishResult;
import org.kalamela.application.festival.result.RepublishResult;
import org.kalamela.application.festival.result.ShowEventResult;

/** The admin's result of an event: the view, publishing it and republishing it after an appeal. */
@Path("/api/v1/kalamela/admin/events/{id}/result")
@Tag(name = "Kalamela results", description = "Tabulation, the admin's result view, publication")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class EventResultResource {

    private final ShowEventResult show;
    private final PublishResult publish;
    private final RepublishResult republish;
    private final CurrentActor currentActor;

    @Inject
    public EventResultResource(ShowEventResult show, PublishResult publish, RepublishResult republish,
                               CurrentActor currentActor) {
        this.show = show;
        this.publish = publish;
        this.republish = republish;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "An event's result: state, panel, and per code letter the performer (chest number, names, "
            + "unit, district), each judge's total, mark, grade, rank and points, derived (ADMIN)")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, NO_CURRENT_EDITION")
    public EventResultDto result(@PathParam("id") long id) {
        return EventResultDto.of(show.execute(FestivalParams.eventPath(id), currentActor.get()));
    }

    @POST
    @Path("/publish")
    @Operation(summary = "Publish a tabulated result: the timestamp and the edition's next result number; the "
            + "public results show it at their next request (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The published result")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "ILLEGAL_RESULT_TRANSITION (not tabulated, or published)")
    public EventResultDto publish(@PathParam("id") long id) {
        return EventResultDto.of(publish.execute(FestivalParams.eventPath(id), currentActor.get()));
    }

    @POST
    @Path("/republish")
    @Operation(summary = "Publish a result under appeal again: recomputed from the corrected sheets for the whole "
            + "event, same result number, revision + 1 (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The republished result")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "ILLEGAL_RESULT_TRANSITION (not under appeal)")
    public EventResultDto republish(@PathParam("id") long id) {
        return EventResultDto.of(republish.execute(FestivalParams.eventPath(id), currentActor.get()));
    }
}
