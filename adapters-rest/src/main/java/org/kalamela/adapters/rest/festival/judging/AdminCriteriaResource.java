package org.kalamela.adapters.rest.festival.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.judging.JudgingDtos.CriteriaRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.judging.ChangeEventCriteria;
import org.kalamela.application.festival.judging.CriteriaView;
import org.kalamela.application.festival.judging.ShowEventCriteria;

/** An event's criteria: the admin reads them (the default "Overall" of 100 when none are set) and replaces them. */
@Path("/api/v1/kalamela/admin/events/{id}/criteria")
@Tag(name = "Judging set-up", description = "Panels of judges and criteria per event")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminCriteriaResource {

    private final ShowEventCriteria showCriteria;
    private final ChangeEventCriteria changeCriteria;
    private final CurrentActor currentActor;

    @Inject
    public AdminCriteriaResource(ShowEventCriteria showCriteria, ChangeEventCriteria changeCriteria,
                                 CurrentActor currentActor) {
        this.showCriteria = showCriteria;
        this.changeCriteria = changeCriteria;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "The event's criteria in the order of the sheet; stored false while the default "
            + "\"Overall\" of 100 applies, locked true once marks exist (ADMIN)")
    @APIResponse(responseCode = "200", description = "The criteria")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event)")
    public CriteriaView criteria(@PathParam("id") long id) {
        return showCriteria.execute(FestivalParams.eventPath(id), currentActor.get());
    }

    @PUT
    @Operation(summary = "Replace the event's criteria: 1 to 20 distinct names with maxima (0 < maximum <= 100, "
            + "two decimals) adding up to 100; refused once marks exist (ADMIN, audited EVENT_CRITERIA_CHANGED "
            + "with the old and new criteria)")
    @APIResponse(responseCode = "200", description = "The criteria now")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (criteria, criteria[i].name, "
            + "criteria[i].maximum)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event)")
    @APIResponse(responseCode = "409", description = "CRITERIA_LOCKED")
    public CriteriaView change(@PathParam("id") long id, @NotNull CriteriaRequest body) {
        List<ChangeEventCriteria.CriterionForm> forms = body.criteria() == null ? null : body.criteria().stream()
                .map(c -> c == null ? null : new ChangeEventCriteria.CriterionForm(c.name(), c.maximum()))
                .toList();
        return changeCriteria.execute(FestivalParams.eventPath(id), forms, currentActor.get());
    }
}
