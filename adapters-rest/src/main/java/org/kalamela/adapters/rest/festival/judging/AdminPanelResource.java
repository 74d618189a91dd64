package org.kalamela.adapters.rest.festival.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.judging.JudgingDtos.AssignJudgeRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.judging.AssignJudge;
import org.kalamela.application.festival.judging.PanelView;
import org.kalamela.application.festival.judging.RemoveJudge;
import org.kalamela.application.festival.judging.ShowPanel;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;

/**
 * An event's panel of judges: the admin reads it with each sheet's state, seats a judge and takes off one who
 * has no marks. A class path of its own: a shorter one shared with other resources would hide their paths.
 */
@Path("/api/v1/kalamela/admin/events/{id}/panel")
@Tag(name = "Judging set-up", description = "Panels of judges and criteria per event")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminPanelResource {

    private final ShowPanel showPanel;
    private final AssignJudge assignJudge;
    private final RemoveJudge removeJudge;
    private final CurrentActor currentActor;

    @Inject
    public AdminPanelResource(ShowPanel showPanel, AssignJudge assignJudge, RemoveJudge removeJudge,
                              CurrentActor currentActor) {
        this.showPanel = showPanel;
        this.assignJudge = assignJudge;
        this.removeJudge = removeJudge;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "The event's panel: seats (the edition's judges per event), the result's state, and "
            + "each judge with their sheet's state (EMPTY, IN_PROGRESS, SUBMITTED), marks given and missing (ADMIN)")
    @APIResponse(responseCode = "200", description = "The panel")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event)")
    public PanelView panel(@PathParam("id") long id) {
        return showPanel.execute(FestivalParams.eventPath(id), currentActor.get());
    }

    @POST
    @Operation(summary = "Seat a judge on the event's panel: an active JUDGE account, once, up to the edition's "
            + "judges per event, while the result is SCORING (ADMIN, audited JUDGE_ASSIGNED)")
    @APIResponse(responseCode = "201", description = "Seated; the panel as it is now")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (judgeId)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event, account)")
    @APIResponse(responseCode = "409", description = "NOT_A_JUDGE, ALREADY_ON_PANEL, PANEL_FULL, "
            + "ILLEGAL_RESULT_TRANSITION")
    public Response assign(@PathParam("id") long id, @NotNull AssignJudgeRequest body) {
        PanelView panel = assignJudge.execute(FestivalParams.eventPath(id), judgeField(body.judgeId()),
                currentActor.get());
        return Response.created(UriBuilder.fromPath("/api/v1/kalamela/admin/events/{id}/panel").build(id))
                .entity(panel).build();
    }

    @DELETE
    @Path("/{judgeId}")
    @Operation(summary = "Take a judge off the event's panel, only while their sheet has no mark and the result "
            + "is SCORING (ADMIN, audited JUDGE_UNASSIGNED)")
    @APIResponse(responseCode = "204", description = "Taken off")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event, or the judge is not on its panel)")
    @APIResponse(responseCode = "409", description = "JUDGE_HAS_MARKS, ILLEGAL_RESULT_TRANSITION")
    public Response remove(@PathParam("id") long id, @PathParam("judgeId") long judgeId) {
        if (judgeId <= 0) {
            throw new NotFound("Judge", judgeId);
        }
        removeJudge.execute(FestivalParams.eventPath(id), AccountId.of(judgeId), currentActor.get());
        return Response.noContent().build();
    }

    /** A body's judge id; null is left for the use case to report as missing, one no account can have is bad. */
    private static AccountId judgeField(Long id) {
        if (id != null && id <= 0) {
            throw InvalidInput.field("judgeId", "must be a positive id");
        }
        return id == null ? null : AccountId.of(id);
    }
}
