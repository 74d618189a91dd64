package org.kalamela.adapters.rest.registry.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.registry.RegistryParams;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.CouncilorsDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.CouncilorsRequest;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.MemberDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.MemberRequest;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.OfficialsDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.OfficialsRequest;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.RegistrationDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.UnitDetailsDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.UnitDetailsRequest;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.registry.member.AddMember;
import org.kalamela.application.registry.member.EditMember;
import org.kalamela.application.registry.member.RemoveMember;
import org.kalamela.application.registry.member.ViewOwnMember;
import org.kalamela.application.registry.member.ViewOwnMembers;
import org.kalamela.application.registry.officials.ChooseCouncilors;
import org.kalamela.application.registry.officials.SaveUnitOfficials;
import org.kalamela.application.registry.registration.SubmitRegistration;
import org.kalamela.application.registry.unit.SaveUnitDetails;
import org.kalamela.application.registry.unit.ViewOwnUnitRecord;
import org.kalamela.domain.registry.officials.Councilor;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * A unit account's own records. Every endpoint acts on the signed-in account's unit; a member of another
 * unit is not found. While the registration is submitted nothing changes ({@code UNIT_LOCKED}).
 */
@Path("/api/v1/unit")
@Tag(name = "Unit account", description = "A registered unit keeps its own record and submits it for review")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("UNIT")
public class UnitAccountResource {

    private final ViewOwnUnitRecord viewRecord;
    private final ViewOwnMembers ownMembers;
    private final ViewOwnMember ownMember;
    private final SaveUnitDetails saveDetails;
    private final AddMember addMember;
    private final EditMember editMember;
    private final RemoveMember removeMember;
    private final SaveUnitOfficials saveOfficials;
    private final ChooseCouncilors chooseCouncilors;
    private final SubmitRegistration submit;
    private final CurrentActor currentActor;

    @Inject
    public UnitAccountResource(ViewOwnUnitRecord viewRecord, ViewOwnMembers ownMembers, ViewOwnMember ownMember,
                               SaveUnitDetails saveDetails, AddMember addMember, EditMember editMember,
                               RemoveMember removeMember, SaveUnitOfficials saveOfficials,
                               ChooseCouncilors chooseCouncilors, SubmitRegistration submit,
                               CurrentActor currentActor) {
        this.viewRecord = viewRecord;
        this.ownMembers = ownMembers;
        this.ownMember = ownMember;
        this.saveDetails = saveDetails;
        this.addMember = addMember;
        this.editMember = editMember;
        this.removeMember = removeMember;
        this.saveOfficials = saveOfficials;
        this.chooseCouncilors = chooseCouncilors;
        this.submit = submit;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/record")
    @Operation(summary = "The unit's whole record: registration, details, officials, councilors, members with ages "
            + "(UNIT)")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN (not a unit account)")
    public UnitRecordDto record() {
        return UnitRecordDto.of(viewRecord.execute(currentActor.get()));
    }

    @GET
    @Path("/registration-form")
    @Operation(summary = "The unit's printable registration form, as JSON (UNIT)")
    @APIResponse(responseCode = "200", description = "The form")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public RegistrationFormDto registrationForm() {
        return RegistrationFormDto.of(viewRecord.execute(currentActor.get()));
    }

    @PUT
    @Path("/details")
    @Operation(summary = "State the unit's registration year and number of members (UNIT, while not submitted or "
            + "approved)")
    @APIResponse(responseCode = "200", description = "The details")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (registrationYear, memberCount)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "409", description = "UNIT_LOCKED")
    public UnitDetailsDto details(@Valid @NotNull UnitDetailsRequest body) {
        return UnitDetailsDto.of(saveDetails.execute(new SaveUnitDetails.Command(body.registrationYear(),
                body.memberCount()), currentActor.get()));
    }

    @GET
    @Path("/members")
    @Operation(summary = "The unit's members ordered by name, with their age today; paged (UNIT)")
    @APIResponse(responseCode = "200", description = "A page of members")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public PageDto<MemberDto> members(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(ownMembers.execute(PageRequest.of(page, size), currentActor.get())
                .map(m -> MemberDto.of(m.member(), m.age())));
    }

    @GET
    @Path("/members/{id}")
    @Operation(summary = "One of the unit's members, with their age today (UNIT)")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no such member in your unit)")
    public MemberDto member(@PathParam("id") long id) {
        var member = ownMember.execute(RegistryParams.memberPath(id), currentActor.get());
        return MemberDto.of(member.member(), member.age());
    }

    @POST
    @Path("/members")
    @Operation(summary = "Add a member (UNIT; after approval too, audited then)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name, gender, dateOfBirth, phone, "
            + "qualification, bloodGroup)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "409", description = "UNIT_LOCKED, PHONE_IN_USE, DUPLICATE_MEMBER")
    public Response addMember(@Valid @NotNull MemberRequest body) {
        MemberDto added = MemberDto.of(addMember.execute(body.form(), currentActor.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/unit/members/{id}").build(added.id()))
                .entity(added).build();
    }

    @PUT
    @Path("/members/{id}")
    @Operation(summary = "Edit a member, sending the whole form (UNIT; name, gender and date of birth of a member "
            + "with festival entries change only through the admin)")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name, gender, dateOfBirth, phone, "
            + "qualification, bloodGroup)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no such member in your unit)")
    @APIResponse(responseCode = "409", description = "UNIT_LOCKED, MEMBER_HAS_ENTRIES, PHONE_IN_USE, DUPLICATE_MEMBER")
    public MemberDto editMember(@PathParam("id") long id, @Valid @NotNull MemberRequest body) {
        return MemberDto.of(editMember.execute(new EditMember.Command(RegistryParams.memberPath(id), body.form()),
                currentActor.get()));
    }

    @DELETE
    @Path("/members/{id}")
    @Operation(summary = "Remove a member without festival entries; a councilor stops being one (UNIT, while not "
            + "submitted or approved)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no such member in your unit)")
    @APIResponse(responseCode = "409", description = "UNIT_LOCKED, MEMBER_HAS_ENTRIES")
    public Response removeMember(@PathParam("id") long id) {
        removeMember.execute(RegistryParams.memberPath(id), currentActor.get());
        return Response.noContent().build();
    }

    @PUT
    @Path("/officials")
    @Operation(summary = "Name the holders of the five offices, each with a phone (UNIT, while not submitted or "
            + "approved)")
    @APIResponse(responseCode = "200", description = "The officials")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (president.name, treasurer.phone, …)")
    @APIResponse(responseCode = "409", description = "UNIT_LOCKED")
    public OfficialsDto officials(@Valid @NotNull OfficialsRequest body) {
        return OfficialsDto.of(saveOfficials.execute(body.command(), currentActor.get()));
    }

    @PUT
    @Path("/councilors")
    @Operation(summary = "Choose the councilors among the unit's members, replacing the previous choice (UNIT, "
            + "while not submitted or approved)")
    @APIResponse(responseCode = "200", description = "The councilors' member ids, in order")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (memberIds)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (a member not of your unit)")
    @APIResponse(responseCode = "409", description = "UNIT_LOCKED")
    public CouncilorsDto councilors(@Valid @NotNull CouncilorsRequest body) {
        List<Councilor> chosen = chooseCouncilors.execute(
                new ChooseCouncilors.Command(RegistryParams.members(body.memberIds(), "memberIds")), currentActor.get());
        return new CouncilorsDto(chosen.stream().map(c -> c.memberId().value()).toList());
    }

    @POST
    @Path("/registration/submit")
    @Operation(summary = "Submit the registration for review, first time or after a return (UNIT)")
    @APIResponse(responseCode = "200", description = "The registration, now SUBMITTED")
    @APIResponse(responseCode = "409", description = "REGISTRATION_INCOMPLETE, ILLEGAL_REGISTRATION_TRANSITION")
    public RegistrationDto submit() {
        return RegistrationDto.of(submit.execute(currentActor.get()));
    }
}
