package org.kalamela.adapters.rest.conference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.conference.ConferenceDtos.ConferenceDto;
import org.kalamela.adapters.rest.conference.ConferenceDtos.ConferenceOverviewDto;
import org.kalamela.adapters.rest.conference.ConferenceDtos.ConferencePatch;
import org.kalamela.adapters.rest.conference.ConferenceDtos.ConferenceRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.conference.conference.CreateConference;
import org.kalamela.application.conference.conference.DeleteConference;
import org.kalamela.application.conference.conference.EditConference;
import org.kalamela.application.conference.conference.ListConferences;
import org.kalamela.application.conference.delegate.ShowConference;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Money;

/** The conferences: the admin keeps them (one active); officials read them, with their district's places. */
@Path("/api/v1/conference")
@Tag(name = "Conference", description = "Conferences, appointed officials, delegates, summaries")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConferenceResource {

    private final CreateConference create;
    private final EditConference edit;
    private final DeleteConference delete;
    private final ListConferences list;
    private final ShowConference show;
    private final CurrentActor currentActor;

    @Inject
    public ConferenceResource(CreateConference create, EditConference edit, DeleteConference delete,
                              ListConferences list, ShowConference show, CurrentActor currentActor) {
        this.create = create;
        this.edit = edit;
        this.delete = delete;
        this.list = list;
        this.show = show;
        this.currentActor = currentActor;
    }

    @GET
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Operation(summary = "The conferences, newest first; paged (ADMIN, DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "A page of conferences")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (page, size)")
    public PageDto<ConferenceDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(PageRequest.of(page, size), currentActor.get()).map(ConferenceDto::of));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(summary = "Create a conference, active unless active is false; one is active at a time (ADMIN, "
            + "audited)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (title, details, delegateFee)")
    @APIResponse(responseCode = "409", description = "CONFERENCE_ALREADY_ACTIVE")
    public Response create(@Valid @NotNull ConferenceRequest body) {
        Validation fields = new Validation();
        Money fee = fields.read(() -> ConferenceParams.money(body.delegateFee(), "delegateFee"));
        fields.throwIfInvalid();
        ConferenceDto created = ConferenceDto.of(create.execute(new CreateConference.Command(body.title(),
                body.details(), fee, body.active()), currentActor.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/conference/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Operation(summary = "A conference; for a district official with their district's limits, delegates and places "
            + "left; the admin may name a districtId to see that district's (ADMIN, DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The conference")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference; district, or another district for an "
            + "official)")
    public ConferenceOverviewDto one(@PathParam("id") long id, @QueryParam("districtId") Long districtId) {
        return ConferenceOverviewDto.of(show.execute(ConferenceParams.conferencePath(id),
                ConferenceParams.district(districtId, "districtId"), currentActor.get()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Edit a conference: title, details (\"\" clears), delegateFee, active (false deactivates) "
            + "(ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The conference")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (title, details, delegateFee)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "CONFERENCE_ALREADY_ACTIVE")
    public ConferenceDto edit(@PathParam("id") long id, @Valid @NotNull ConferencePatch body) {
        Validation fields = new Validation();
        Money fee = fields.read(() -> ConferenceParams.money(body.delegateFee(), "delegateFee"));
        fields.throwIfInvalid();
        boolean clearDetails = body.details() != null && body.details().isBlank();
        return ConferenceDto.of(edit.execute(new EditConference.Command(ConferenceParams.conferencePath(id),
                body.title(), clearDetails ? null : body.details(), clearDetails, fee, body.active()),
                currentActor.get()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Delete a conference without delegates; one with delegates is deactivated instead (ADMIN, "
            + "audited)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "CONFERENCE_HAS_DELEGATES")
    public Response delete(@PathParam("id") long id) {
        delete.execute(ConferenceParams.conferencePath(id), currentActor.get());
        return Response.noContent().build();
    }
}
