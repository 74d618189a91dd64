package org.kalamela.adapters.rest.conference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.conference.ConferenceDtos.DelegateDto;
import org.kalamela.adapters.rest.conference.ConferenceDtos.DelegatePatch;
import org.kalamela.adapters.rest.conference.ConferenceDtos.DelegateRowDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.conference.appointment.AppointConferenceOfficial;
import org.kalamela.application.conference.appointment.Appointment;
import org.kalamela.application.conference.appointment.RemoveConferenceOfficial;
import org.kalamela.application.conference.delegate.ChangeDelegateNeeds;
import org.kalamela.application.conference.delegate.ListDelegates;
import org.kalamela.application.conference.delegate.ShowDelegate;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.application.identity.account.AccountView;
import org.kalamela.application.identity.account.StaffAccounts;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin appoints each district's officials for a conference from the district's members, linked to the
 * district's official account (made here, by invitation or one-time password, where the district has none),
 * and views, changes and removes them.
 */
@Path("/api/v1/conference")
@Tag(name = "Conference")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class ConferenceOfficialResource {

    private final AppointConferenceOfficial appoint;
    private final RemoveConferenceOfficial remove;
    private final ChangeDelegateNeeds change;
    private final ShowDelegate show;
    private final ListDelegates list;
    private final CurrentActor currentActor;

    @Inject
    public ConferenceOfficialResource(AppointConferenceOfficial appoint, RemoveConferenceOfficial remove,
                                      ChangeDelegateNeeds change, ShowDelegate show, ListDelegates list,
                                      CurrentActor currentActor) {
        this.appoint = appoint;
        this.remove = remove;
        this.change = change;
        this.show = show;
        this.list = list;
        this.currentActor = currentActor;
    }

    @Schema(name = "AppointmentRequest", description = "memberId, foodPreference (VEG or NON_VEG), accommodation; "
            + "for a district without an official account also delivery (INVITATION, which needs email, or "
            + "ONE_TIME_PASSWORD) and optionally username; refused where the district has its account")
    public record AppointmentRequest(Long memberId, String foodPreference, Boolean accommodation,
                                     StaffAccounts.Delivery delivery, @Size(max = 254) String email,
                                     @Size(max = 64) String username) {
    }

    @Schema(name = "Appointment", description = "The official delegate and the district's account; "
            + "oneTimePassword only when this appointment made the account with that delivery, shown this once")
    public record AppointmentDto(DelegateDto official, AccountView account, boolean accountCreated,
                                 String oneTimePassword) {

        static AppointmentDto of(Appointment a) {
            return new AppointmentDto(DelegateDto.of(a.official()), a.account(), a.accountCreated(),
                    a.oneTimePassword().orElse(null));
        }
    }

    @POST
    @Path("/{id}/delegates/official-from-member")
    @Operation(summary = "Appoint an official of a district for the active conference from a member of that "
            + "district: an official delegate within the district's official limit, linked to the district's "
            + "DISTRICT_OFFICIAL account, made by invitation or a random one-time password where the district has "
            + "none (ADMIN, audited)")
    @APIResponse(responseCode = "201", description = "Created; oneTimePassword is shown this once")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (memberId, foodPreference, accommodation, "
            + "delivery, email, username)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference, member)")
    @APIResponse(responseCode = "409", description = "CONFERENCE_INACTIVE, ALREADY_DELEGATE, "
            + "CONFERENCE_OFFICIAL_LIMIT, USERNAME_IN_USE, EMAIL_IN_USE")
    public Response appoint(@PathParam("id") long id, @Valid @NotNull AppointmentRequest body) {
        Validation fields = new Validation();
        MemberId member = fields.read(() -> ConferenceParams.member(body.memberId(), "memberId"));
        FoodPreference food = fields.read(() -> ConferenceParams.food(body.foodPreference(), "foodPreference"));
        fields.throwIfInvalid();
        AppointmentDto appointed = AppointmentDto.of(appoint.execute(new AppointConferenceOfficial.Command(
                ConferenceParams.conferencePath(id), member, food, body.accommodation(), body.delivery(),
                body.email(), body.username()), currentActor.get()));
        Response.ResponseBuilder created = Response.created(UriBuilder.fromPath(
                "/api/v1/conference/{id}/officials/{delegateId}").build(id, appointed.official().id()))
                .entity(appointed);
        // A one-time password is shown once: no cache may keep the answer.
        return (appointed.oneTimePassword() == null ? created : created.header("Cache-Control", "no-store")).build();
    }

    @GET
    @Path("/{id}/officials")
    @Operation(summary = "The conference's appointed officials by district, then name; districtId: one district; "
            + "paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of official delegates")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, page, size)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference)")
    public PageDto<DelegateRowDto> list(@PathParam("id") long id, @QueryParam("districtId") Long districtId,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(ConferenceParams.conferencePath(id),
                new DelegateFilter(ConferenceParams.district(districtId, "districtId"), DelegateKind.OFFICIAL),
                PageRequest.of(page, size), currentActor.get()).map(DelegateRowDto::of));
    }

    @GET
    @Path("/{id}/officials/{delegateId}")
    @Operation(summary = "An appointed official (ADMIN)")
    @APIResponse(responseCode = "200", description = "The official delegate")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference, or no official of it)")
    public DelegateDto one(@PathParam("id") long id, @PathParam("delegateId") long delegateId) {
        return DelegateDto.of(show.execute(ConferenceParams.conferencePath(id),
                ConferenceParams.delegatePath(delegateId), DelegateKind.OFFICIAL, currentActor.get()));
    }

    @PATCH
    @Path("/{id}/officials/{delegateId}")
    @Operation(summary = "Change an appointed official's foodPreference or accommodation (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The official delegate")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (foodPreference)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference, or no official of it)")
    @APIResponse(responseCode = "409", description = "CONFERENCE_INACTIVE")
    public DelegateDto change(@PathParam("id") long id, @PathParam("delegateId") long delegateId,
                              @Valid @NotNull DelegatePatch body) {
        return DelegateDto.of(change.execute(new ChangeDelegateNeeds.Command(ConferenceParams.conferencePath(id),
                ConferenceParams.delegatePath(delegateId), DelegateKind.OFFICIAL,
                ConferenceParams.food(body.foodPreference(), "foodPreference"), body.accommodation()),
                currentActor.get()));
    }

    @DELETE
    @Path("/{id}/officials/{delegateId}")
    @Operation(summary = "Remove an appointed official from the active conference; the district's account stays "
            + "(ADMIN, audited)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference, or no official of it)")
    @APIResponse(responseCode = "409", description = "CONFERENCE_INACTIVE")
    public Response remove(@PathParam("id") long id, @PathParam("delegateId") long delegateId) {
        remove.execute(ConferenceParams.conferencePath(id), ConferenceParams.delegatePath(delegateId),
                currentActor.get());
        return Response.noContent().build();
    }
}
