package org.kalamela.adapters.rest.festival.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.judging.SheetDtos.CorrectionRequest;
import org.kalamela.adapters.rest.festival.judging.SheetDtos.MarkDto;
import org.kalamela.adapters.rest.festival.judging.SheetDtos.PaperSheetRequest;
import org.kalamela.adapters.rest.festival.judging.SheetDtos.SheetDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.judging.CorrectSheet;
import org.kalamela.application.festival.judging.EnterPaperSheet;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;

/** The admin as tabulator: a judge's paper sheet typed in, and corrections of a sheet with a reason. */
@Path("/api/v1/kalamela/admin/events/{id}/sheets/{judgeId}")
@Tag(name = "Kalamela results", description = "Tabulation, the admin's result view, publication")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class TabulatorSheetResource {

    private final EnterPaperSheet enter;
    private final CorrectSheet correct;
    private final CurrentActor currentActor;

    @Inject
    public TabulatorSheetResource(EnterPaperSheet enter, CorrectSheet correct, CurrentActor currentActor) {
        this.enter = enter;
        this.correct = correct;
        this.currentActor = currentActor;
    }

    @PUT
    @Operation(summary = "Enter a judge's paper sheet on their behalf (recorded as by the tabulator), submitting "
            + "it when submit is true; the panel's last sheet computes the result (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The judge's sheet")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (marks[i].codeLetter, marks[i].criterion, "
            + "marks[i].mark)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event, judge not on the panel), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "SHEET_LOCKED, SHEET_INCOMPLETE, NOT_DRAWN")
    public SheetDto enter(@PathParam("id") long id, @PathParam("judgeId") long judgeId,
                          @NotNull PaperSheetRequest body) {
        return SheetDto.of(enter.execute(new EnterPaperSheet.Command(FestivalParams.eventPath(id), judge(judgeId),
                MarkDto.inputs(body.marks()), Boolean.TRUE.equals(body.submit())), currentActor.get()));
    }

    @POST
    @Path("/correction")
    @Operation(summary = "Correct marks of a judge's sheet with a reason, audited with old and new marks; a "
            + "tabulated result is computed again, a result under appeal keeps its published entries until "
            + "republished; refused once published (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The corrected sheet")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (reason, marks[i].codeLetter, "
            + "marks[i].criterion, marks[i].mark)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event, judge not on the panel), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "RESULT_PUBLISHED, NOT_DRAWN")
    public SheetDto correct(@PathParam("id") long id, @PathParam("judgeId") long judgeId,
                            @NotNull CorrectionRequest body) {
        return SheetDto.of(correct.execute(new CorrectSheet.Command(FestivalParams.eventPath(id), judge(judgeId),
                MarkDto.inputs(body.marks()), body.reason()), currentActor.get()));
    }

    private static AccountId judge(long id) {
        if (id <= 0) {
            throw new NotFound("Judge on the panel", id);
        }
        return AccountId.of(id);
    }
}
