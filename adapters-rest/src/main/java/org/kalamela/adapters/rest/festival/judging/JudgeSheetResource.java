package org.kalamela.adapters.rest.festival.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.kalamela.adapters.rest.festival.judging.SheetDtos.MarkDto;
import org.kalamela.adapters.rest.festival.judging.SheetDtos.SheetDto;
import org.kalamela.adapters.rest.festival.judging.SheetDtos.SheetMarksRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.judging.SaveMySheet;
import org.kalamela.application.festival.judging.ShowMySheet;
import org.kalamela.application.festival.judging.SubmitMySheet;

/** A judge's own sheet of an event they sit on: read, save marks, submit. Another judge's event is 404. */
@Path("/api/v1/judging/events/{id}/sheet")
@Tag(name = "Judging", description = "A judge's sheets: code letters, criteria, marks, submission")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("JUDGE")
public class JudgeSheetResource {

    private final ShowMySheet show;
    private final SaveMySheet save;
    private final SubmitMySheet submit;
    private final CurrentActor currentActor;

    @Inject
    public JudgeSheetResource(ShowMySheet show, SaveMySheet save, SubmitMySheet submit, CurrentActor currentActor) {
        this.show = show;
        this.save = save;
        this.submit = submit;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "My sheet of an event I judge: criteria, the drawn code letters (never names, units, "
            + "districts or chest numbers), my marks so far and the state (JUDGE)")
    @APIResponse(responseCode = "200", description = "The sheet")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (an event I do not judge), NO_CURRENT_EDITION")
    public SheetDto sheet(@PathParam("id") long id) {
        return SheetDto.of(show.execute(FestivalParams.eventPath(id), currentActor.get()));
    }

    @PUT
    @Operation(summary = "Save marks on my open sheet, each over its cell (0 to the criterion's maximum, two "
            + "decimals, drawn code letters); one bad mark keeps none (JUDGE)")
    @APIResponse(responseCode = "200", description = "The sheet with the marks")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (marks[i].codeLetter, marks[i].criterion, "
            + "marks[i].mark)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "SHEET_LOCKED, NOT_DRAWN")
    public SheetDto save(@PathParam("id") long id, @NotNull SheetMarksRequest body) {
        return SheetDto.of(save.execute(FestivalParams.eventPath(id), MarkDto.inputs(body.marks()),
                currentActor.get()));
    }

    @POST
    @Path("/submit")
    @Operation(summary = "Submit my complete sheet, which locks it; the panel's last sheet computes the event's "
            + "result (JUDGE)")
    @APIResponse(responseCode = "200", description = "The submitted sheet")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "SHEET_LOCKED, SHEET_INCOMPLETE, NOT_DRAWN")
    public SheetDto submit(@PathParam("id") long id) {
        return SheetDto.of(submit.execute(FestivalParams.eventPath(id), currentActor.get()));
    }
}
