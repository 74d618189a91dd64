package org.kalamela.adapters.rest.festival.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.judging.JudgingAssignment;
import org.kalamela.application.festival.judging.ListMyJudgingEvents;

/**
 * The judge's own list of the events they mark. Only this list lives at this class path: the sheet of an
 * event ({@code /api/v1/judging/events/{id}/sheet}) is a resource class of its own.
 */
@Path("/api/v1/judging/events")
@Tag(name = "Judging", description = "What a judge sees: their events, with code letters only")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("JUDGE")
public class JudgeEventsResource {

    private final ListMyJudgingEvents listMyEvents;
    private final CurrentActor currentActor;

    @Inject
    public JudgeEventsResource(ListMyJudgingEvents listMyEvents, CurrentActor currentActor) {
        this.listMyEvents = listMyEvents;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "The events assigned to me, ascending by id, with their criteria, the number of code "
            + "letters (null until drawn), my sheet's state with marks given and missing, and the result's state; "
            + "never a performer's name, unit, district or chest number (JUDGE)")
    @APIResponse(responseCode = "200", description = "My events")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public List<JudgingAssignment> events() {
        return listMyEvents.execute(currentActor.get());
    }
}
