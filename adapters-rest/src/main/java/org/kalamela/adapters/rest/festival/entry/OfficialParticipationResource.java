package org.kalamela.adapters.rest.festival.entry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.entry.EntryDtos.RegisteredEntryDto;
import org.kalamela.adapters.rest.festival.entry.EntryDtos.TeamRegistrationDto;
import org.kalamela.adapters.rest.festival.entry.OfficialDtos.GroupParticipationRequest;
import org.kalamela.adapters.rest.festival.entry.OfficialDtos.IndividualParticipationRequest;
import org.kalamela.adapters.rest.festival.entry.OfficialDtos.TeamMembersRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.input.StrictParameters;
import org.kalamela.application.festival.entry.RegisterIndividualEntry;
import org.kalamela.application.festival.entry.RemoveIndividualEntry;
import org.kalamela.application.festival.entry.ShowIndividualEntry;
import org.kalamela.application.festival.team.AddTeamMembers;
import org.kalamela.application.festival.team.RegisterTeam;
import org.kalamela.application.festival.team.RemoveTeam;
import org.kalamela.application.festival.team.RemoveTeamMembers;
import org.kalamela.application.festival.team.ShowDistrictTeam;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.MemberId;

/**
 * A district official enters members in individual events and registers teams in the current edition.
 * Every limit is checked under a lock in the use case's one transaction (docs/architecture.md, ADR-7).
 */
@Path("/api/v1/kalamela/official")
@Tag(name = "Kalamela registration (district official)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("DISTRICT_OFFICIAL")
public class OfficialParticipationResource {

    private final RegisterIndividualEntry registerEntry;
    private final RemoveIndividualEntry removeEntry;
    private final RegisterTeam registerTeam;
    private final RemoveTeam removeTeam;
    private final AddTeamMembers addMembers;
    private final RemoveTeamMembers removeMembers;
    private final ShowIndividualEntry showEntry;
    private final ShowDistrictTeam showTeam;
    private final CurrentActor currentActor;

    @Inject
    public OfficialParticipationResource(RegisterIndividualEntry registerEntry, RemoveIndividualEntry removeEntry,
                                         RegisterTeam registerTeam, RemoveTeam removeTeam, AddTeamMembers addMembers,
                                         RemoveTeamMembers removeMembers, ShowIndividualEntry showEntry,
                                         ShowDistrictTeam showTeam, CurrentActor currentActor) {
        this.showEntry = showEntry;
        this.showTeam = showTeam;
        this.registerEntry = registerEntry;
        this.removeEntry = removeEntry;
        this.registerTeam = registerTeam;
        this.removeTeam = removeTeam;
        this.addMembers = addMembers;
        this.removeMembers = removeMembers;
        this.currentActor = currentActor;
    }

    @POST
    @Path("/individual-participations")
    @Operation(summary = "Enter a member of the district in an individual event; the seniority is the member's "
            + "(from the date of birth) and the member's chest number is theirs in the edition or the next of "
            + "their series (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "201", description = "Entered, with seniority and chest number")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (eventId, memberId)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event of another edition, member missing or of "
            + "another district), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "REGISTRATION_CLOSED, EVENT_INACTIVE, EVENT_KIND_MISMATCH, "
            + "MEMBER_EXCLUDED, NOT_ELIGIBLE, ALREADY_ENTERED, MEMBER_EVENT_LIMIT, DISTRICT_EVENT_LIMIT, "
            + "CHEST_NUMBER_SERIES_EXHAUSTED")
    public Response enter(@Valid @NotNull IndividualParticipationRequest body) {
        RegisteredEntryDto entry = RegisteredEntryDto.of(registerEntry.execute(new RegisterIndividualEntry.Command(
                FestivalParams.event(body.eventId(), "eventId"), FestivalParams.member(body.memberId(), "memberId")),
                currentActor.get()));
        return created("/api/v1/kalamela/official/individual-participations/{id}", entry.id(), entry);
    }

    @GET
    @Path("/individual-participations/{id}")
    @Operation(summary = "One of the district's individual entries in the current edition, with its seniority and "
            + "the member's chest number (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (entry missing, of another district or edition), "
            + "NO_CURRENT_EDITION")
    public RegisteredEntryDto entry(@PathParam("id") long id) {
        return RegisteredEntryDto.of(showEntry.execute(FestivalParams.entryPath(id), currentActor.get()));
    }

    @DELETE
    @Path("/individual-participations/{id}")
    @Operation(summary = "Remove one of the district's individual entries while registration is open and nothing "
            + "is scored; the member keeps their chest number (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (entry missing, of another district or edition), "
            + "NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "REGISTRATION_CLOSED, ENTRY_HAS_SCORES")
    public Response removeEntry(@PathParam("id") long id) {
        removeEntry.execute(FestivalParams.entryPath(id), currentActor.get());
        return Response.noContent().build();
    }

    @POST
    @Path("/group-participations")
    @Operation(summary = "Register a team of one of the district's units for a group event with its full member "
            + "list; its code is the event's short code and the next team number (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "201", description = "Registered, with its code")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (eventId, unitId, memberIds: at least one, "
            + "none twice)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event of another edition, unit or member missing "
            + "or of another district), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "REGISTRATION_CLOSED, EVENT_INACTIVE, EVENT_KIND_MISMATCH, "
            + "TEAM_SIZE_OUT_OF_RANGE, TEAM_MIXED_UNITS, MEMBER_EXCLUDED, NOT_ELIGIBLE, ALREADY_IN_TEAM, "
            + "DISTRICT_TEAM_LIMIT, UNIT_TEAM_LIMIT")
    public Response registerTeam(@Valid @NotNull GroupParticipationRequest body) {
        TeamRegistrationDto team = TeamRegistrationDto.of(registerTeam.execute(new RegisterTeam.Command(
                FestivalParams.event(body.eventId(), "eventId"), FestivalParams.unit(body.unitId(), "unitId"),
                memberIds(body.memberIds(), "memberIds")), currentActor.get()));
        return created("/api/v1/kalamela/official/group-participations/{id}", team.id(), team);
    }

    @GET
    @Path("/group-participations/{teamId}")
    @Operation(summary = "One of the district's teams in the current edition, with its code and members "
            + "(DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (team missing, of another district or edition), "
            + "NO_CURRENT_EDITION")
    public TeamRegistrationDto team(@PathParam("teamId") long teamId) {
        return TeamRegistrationDto.of(showTeam.execute(FestivalParams.teamPath(teamId), currentActor.get()));
    }

    @DELETE
    @Path("/group-participations/{teamId}")
    @Operation(summary = "Remove one of the district's teams while registration is open and it is not scored; its "
            + "number is never given again (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (team missing, of another district or edition), "
            + "NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "REGISTRATION_CLOSED, ENTRY_HAS_SCORES")
    public Response removeTeam(@PathParam("teamId") long teamId) {
        removeTeam.execute(FestivalParams.teamPath(teamId), currentActor.get());
        return Response.noContent().build();
    }

    @POST
    @Path("/group-participations/{teamId}/members")
    @Operation(summary = "Add members of the team's unit to one of the district's teams, up to the event's maximum "
            + "size (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The team with its members")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (memberIds: at least one, none twice)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (team or member missing or of another district), "
            + "NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "REGISTRATION_CLOSED, EVENT_INACTIVE, TEAM_SIZE_OUT_OF_RANGE, "
            + "TEAM_MIXED_UNITS, MEMBER_EXCLUDED, NOT_ELIGIBLE, ALREADY_IN_TEAM")
    public TeamRegistrationDto addMembers(@PathParam("teamId") long teamId, @Valid @NotNull TeamMembersRequest body) {
        return TeamRegistrationDto.of(addMembers.execute(new AddTeamMembers.Command(FestivalParams.teamPath(teamId),
                memberIds(body.memberIds(), "memberIds")), currentActor.get()));
    }

    @DELETE
    @Path("/group-participations/{teamId}/members")
    @Operation(summary = "Remove members (memberId, repeated) from one of the district's teams, down to the event's "
            + "minimum size, while registration is open and the team is not scored (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (memberId: at least one)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (team missing or of another district), "
            + "TEAM_MEMBER_NOT_FOUND (a member not in the team), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "REGISTRATION_CLOSED, ENTRY_HAS_SCORES, EVENT_INACTIVE, "
            + "TEAM_SIZE_OUT_OF_RANGE")
    public Response removeMembers(@PathParam("teamId") long teamId, @QueryParam("memberId") List<String> memberIds) {
        Set<MemberId> members = new LinkedHashSet<>(memberIds(memberIds.stream().filter(id -> !id.isBlank())
                .map(id -> StrictParameters.longValue(id, "memberId")).toList(), "memberId"));
        if (members.isEmpty()) {
            throw InvalidInput.field("memberId", "must name at least one member");
        }
        removeMembers.execute(new RemoveTeamMembers.Command(FestivalParams.teamPath(teamId), members),
                currentActor.get());
        return Response.noContent().build();
    }

    /** A 201 whose Location is {@code path} with the new resource's id, and the resource as its body. */
    private static Response created(String path, Object id, Object entity) {
        return Response.created(UriBuilder.fromPath(path).build(id)).entity(entity).build();
    }

    private static List<MemberId> memberIds(List<Long> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(id -> {
            if (id == null || id <= 0) {
                throw InvalidInput.field(field, "must hold positive member ids");
            }
            return MemberId.of(id);
        }).toList();
    }
}
