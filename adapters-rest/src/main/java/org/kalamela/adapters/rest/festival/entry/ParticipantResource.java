package org.kalamela.adapters.rest.festival.entry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.entry.EntryDtos.IndividualEntryDto;
import org.kalamela.adapters.rest.festival.entry.EntryDtos.TeamDto;
import org.kalamela.adapters.rest.festival.entry.EntryDtos.TeamRegistrationDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.festival.chest.EditChestNumber;
import org.kalamela.application.festival.entry.ListAllEntries;
import org.kalamela.application.festival.query.IndividualEntryFilter;
import org.kalamela.application.festival.query.TeamFilter;
import org.kalamela.application.festival.team.EditTeamCode;
import org.kalamela.application.festival.team.ListAllTeams;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin's view of every district's entries, and corrections of chest numbers and team codes. */
@Path("/api/v1/kalamela")
@Tag(name = "Kalamela participants (admin)", description = "All entries and teams; chest number and team code "
        + "corrections")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class ParticipantResource {

    private final ListAllEntries entries;
    private final ListAllTeams teams;
    private final EditChestNumber editChestNumber;
    private final EditTeamCode editTeamCode;
    private final CurrentActor currentActor;

    @Inject
    public ParticipantResource(ListAllEntries entries, ListAllTeams teams, EditChestNumber editChestNumber,
                               EditTeamCode editTeamCode, CurrentActor currentActor) {
        this.entries = entries;
        this.teams = teams;
        this.editChestNumber = editChestNumber;
        this.editTeamCode = editTeamCode;
        this.currentActor = currentActor;
    }

    @Schema(name = "ChestNumberRequest", description = "The new chest number; edition absent: the current one")
    public record ChestNumberRequest(Integer edition, Integer chestNumber) {
    }

    @Schema(name = "ChestNumberAssignment")
    public record ChestNumberDto(long memberId, int chestNumber) {
    }

    @Schema(name = "TeamCodeRequest", description = "The new code: the event's short code, a dash, a number (GS-7)")
    public record TeamCodeRequest(String code) {
    }

    @GET
    @Path("/participants/individual")
    @Operation(summary = "Individual entries of every district with chest numbers; filters edition (absent: "
            + "current), districtId, unitId, eventId, seniority; ordered by event, district, unit, name; paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, districtId, unitId, eventId, "
            + "seniority, page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public PageDto<IndividualEntryDto> individual(@QueryParam("edition") Integer edition,
                                                  @QueryParam("districtId") Long districtId,
                                                  @QueryParam("unitId") Long unitId,
                                                  @QueryParam("eventId") Long eventId,
                                                  @QueryParam("seniority") String seniority,
                                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        IndividualEntryFilter filter = new IndividualEntryFilter(FestivalParams.district(districtId, "districtId"),
                FestivalParams.unit(unitId, "unitId"), FestivalParams.event(eventId, "eventId"),
                FestivalParams.seniority(seniority));
        return PageDto.of(entries.execute(FestivalParams.edition(edition, "edition"), filter,
                PageRequest.of(page, size), currentActor.get()).map(IndividualEntryDto::of));
    }

    @GET
    @Path("/participants/group")
    @Operation(summary = "Teams of every district with their members; filters edition (absent: current), "
            + "districtId, unitId, eventId; ordered by event and team number; paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of teams")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, districtId, unitId, eventId, page, "
            + "size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public PageDto<TeamDto> group(@QueryParam("edition") Integer edition, @QueryParam("districtId") Long districtId,
                                  @QueryParam("unitId") Long unitId, @QueryParam("eventId") Long eventId,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        TeamFilter filter = new TeamFilter(FestivalParams.district(districtId, "districtId"),
                FestivalParams.unit(unitId, "unitId"), FestivalParams.event(eventId, "eventId"));
        return PageDto.of(teams.execute(FestivalParams.edition(edition, "edition"), filter, PageRequest.of(page, size),
                currentActor.get()).map(TeamDto::of));
    }

    @PATCH
    @Path("/chest-numbers/{memberId}")
    @Operation(summary = "Correct a member's chest number: in the series of the member's seniority and never "
            + "issued to another member of the edition; the old number stays reserved for the member (ADMIN, "
            + "audited)")
    @APIResponse(responseCode = "200", description = "The member's number")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (chestNumber, edition)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (member, edition), CHEST_NUMBER_NOT_FOUND (the member "
            + "holds no number to correct), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "CHEST_NUMBER_WRONG_SERIES, CHEST_NUMBER_OUT_OF_SERIES, "
            + "CHEST_NUMBER_TAKEN, NOT_ELIGIBLE (birth date outside both ranges)")
    public ChestNumberDto editChestNumber(@PathParam("memberId") long memberId,
                                          @Valid @NotNull ChestNumberRequest body) {
        var member = FestivalParams.memberPath(memberId);
        return new ChestNumberDto(member.value(), editChestNumber.execute(new EditChestNumber.Command(
                FestivalParams.edition(body.edition(), "edition"), member, body.chestNumber()), currentActor.get())
                .value());
    }

    @PATCH
    @Path("/group-participations/{teamId}/chest")
    @Operation(summary = "Correct a team's code: it keeps the event's short code and its number is no other "
            + "team's (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (code)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (team)")
    @APIResponse(responseCode = "409", description = "TEAM_CODE_WRONG_EVENT, TEAM_CODE_TAKEN")
    public TeamRegistrationDto editTeamCode(@PathParam("teamId") long teamId, @Valid @NotNull TeamCodeRequest body) {
        return TeamRegistrationDto.of(editTeamCode.execute(new EditTeamCode.Command(FestivalParams.teamPath(teamId),
                body.code()), currentActor.get()));
    }
}
