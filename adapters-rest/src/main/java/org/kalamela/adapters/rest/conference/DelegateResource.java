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
import org.kalamela.adapters.rest.conference.ConferenceDtos.DelegateDto;
import org.kalamela.adapters.rest.conference.ConferenceDtos.DelegatePatch;
import org.kalamela.adapters.rest.conference.ConferenceDtos.DelegateRequest;
import org.kalamela.adapters.rest.conference.ConferenceDtos.DelegateRowDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.conference.delegate.AddMemberDelegate;
import org.kalamela.application.conference.delegate.ChangeDelegateNeeds;
import org.kalamela.application.conference.delegate.ListDelegates;
import org.kalamela.application.conference.delegate.RemoveMemberDelegate;
import org.kalamela.application.conference.delegate.ShowDelegate;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A conference's delegates: the district official adds and removes the district's members, changes any of the
 * district's delegates' food and accommodation; the admin lists and reads every district's.
 */
@Path("/api/v1/conference")
@Tag(name = "Conference")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DelegateResource {

    private final AddMemberDelegate add;
    private final RemoveMemberDelegate remove;
    private final ChangeDelegateNeeds change;
    private final ShowDelegate show;
    private final ListDelegates list;
    private final CurrentActor currentActor;

    @Inject
    public DelegateResource(AddMemberDelegate add, RemoveMemberDelegate remove, ChangeDelegateNeeds change,
                            ShowDelegate show, ListDelegates list, CurrentActor currentActor) {
        this.add = add;
        this.remove = remove;
        this.change = change;
        this.show = show;
        this.list = list;
        this.currentActor = currentActor;
    }

    @POST
    @Path("/{id}/delegates/member")
    @RolesAllowed("DISTRICT_OFFICIAL")
    @Operation(summary = "Add a member of the official's district as a delegate of the active conference, within "
            + "the district's member limit, once per conference (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (memberId, foodPreference, accommodation)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference; member, or one of another district)")
    @APIResponse(responseCode = "409", description = "CONFERENCE_INACTIVE, ALREADY_DELEGATE, CONFERENCE_MEMBER_LIMIT")
    public Response addMember(@PathParam("id") long id, @Valid @NotNull DelegateRequest body) {
        Validation fields = new Validation();
        MemberId member = fields.read(() -> ConferenceParams.member(body.memberId(), "memberId"));
        FoodPreference food = fields.read(() -> ConferenceParams.food(body.foodPreference(), "foodPreference"));
        fields.throwIfInvalid();
        DelegateDto added = DelegateDto.of(add.execute(new AddMemberDelegate.Command(
                ConferenceParams.conferencePath(id), member, food, body.accommodation()), currentActor.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/conference/{id}/delegates/{delegateId}")
                .build(id, added.id())).entity(added).build();
    }

    @GET
    @Path("/{id}/delegates")
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Operation(summary = "The conference's delegates by district, officials first, then name; the admin's of any "
            + "district (districtId: one), an official's of their own; paged (ADMIN, DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "A page of delegates")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, page, size)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference; another district for an official)")
    public PageDto<DelegateRowDto> list(@PathParam("id") long id, @QueryParam("districtId") Long districtId,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(ConferenceParams.conferencePath(id),
                new DelegateFilter(ConferenceParams.district(districtId, "districtId"), null),
                PageRequest.of(page, size), currentActor.get()).map(DelegateRowDto::of));
    }

    @GET
    @Path("/{id}/delegates/{delegateId}")
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Operation(summary = "One delegate, official or member; an official's of their district only (ADMIN, "
            + "DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The delegate")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference, delegate, or another district's)")
    public DelegateDto one(@PathParam("id") long id, @PathParam("delegateId") long delegateId) {
        return DelegateDto.of(show.execute(ConferenceParams.conferencePath(id),
                ConferenceParams.delegatePath(delegateId), null, currentActor.get()));
    }

    @PATCH
    @Path("/{id}/delegates/{delegateId}")
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Operation(summary = "Change a delegate's foodPreference or accommodation while the conference is active; an "
            + "official's of their district only (ADMIN, DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "200", description = "The delegate")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (foodPreference)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference, delegate, or another district's)")
    @APIResponse(responseCode = "409", description = "CONFERENCE_INACTIVE")
    public DelegateDto change(@PathParam("id") long id, @PathParam("delegateId") long delegateId,
                              @Valid @NotNull DelegatePatch body) {
        return DelegateDto.of(change.execute(new ChangeDelegateNeeds.Command(ConferenceParams.conferencePath(id),
                ConferenceParams.delegatePath(delegateId), null,
                ConferenceParams.food(body.foodPreference(), "foodPreference"), body.accommodation()),
                currentActor.get()));
    }

    @DELETE
    @Path("/{id}/delegates/{delegateId}")
    @RolesAllowed("DISTRICT_OFFICIAL")
    @Operation(summary = "Remove a member delegate of the official's district from the active conference; "
            + "appointed officials are removed by the admin (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference, delegate, or another district's)")
    @APIResponse(responseCode = "409", description = "DELEGATE_IS_OFFICIAL, CONFERENCE_INACTIVE")
    public Response remove(@PathParam("id") long id, @PathParam("delegateId") long delegateId) {
        remove.execute(ConferenceParams.conferencePath(id), ConferenceParams.delegatePath(delegateId),
                currentActor.get());
        return Response.noContent().build();
    }
}
