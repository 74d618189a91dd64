package org.kalamela.adapters.rest.festival.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.judging.SheetDtos.SheetDto;
import org.kalamela.adapters.rest.festival.judging.SheetDtos.SingleMarksRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.judging.EnterSingleMarks;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.validation.Validation;

/** The old app's bulk score entry: one mark per entry or team, the one-judge case of the panel model. */
@Path("/api/v1/kalamela/scores")
@Tag(name = "Kalamela results", description = "Tabulation, the admin's result view, publication")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class SingleMarksResource {

    private final EnterSingleMarks enter;
    private final CurrentActor currentActor;

    @Inject
    public SingleMarksResource(EnterSingleMarks enter, CurrentActor currentActor) {
        this.enter = enter;
        this.currentActor = currentActor;
    }

    @POST
    @Path("/individual")
    @Operation(summary = "Marks out of 100 for an individual event's entries ({entryId, mark}), on the sheet of its "
            + "one judge as tabulator (the admin when nobody was appointed); when every drawn entry has a mark the "
            + "result is computed: grades, ranks and points derived (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The one judge's sheet")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (eventId, marks[i].entryId, marks[i].mark; "
            + "marks[i].teamId given: a team's mark goes to /group)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "NOT_SINGLE_MARK_EVENT, NOT_DRAWN, SHEET_LOCKED, "
            + "RESULT_PUBLISHED")
    public SheetDto individual(@NotNull SingleMarksRequest body) {
        return enter(body, false);
    }

    @POST
    @Path("/group")
    @Operation(summary = "Marks out of 100 for a group event's teams ({teamId, mark}), as for individual events; "
            + "a team earns rank points only (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The one judge's sheet")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (eventId, marks[i].teamId, marks[i].mark; "
            + "marks[i].entryId given: an entry's mark goes to /individual)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "NOT_SINGLE_MARK_EVENT, NOT_DRAWN, SHEET_LOCKED, "
            + "RESULT_PUBLISHED")
    public SheetDto group(@NotNull SingleMarksRequest body) {
        return enter(body, true);
    }

    private SheetDto enter(SingleMarksRequest body, boolean group) {
        new Validation().required(body.eventId(), "eventId")
                .check(body.eventId() == null || body.eventId() > 0, "eventId", "must be an event id")
                .throwIfInvalid();
        return SheetDto.of(enter.execute(new EnterSingleMarks.Command(EventId.of(body.eventId()), group,
                body.singleMarks()), currentActor.get()));
    }
}
