package org.kalamela.adapters.rest.festival.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.PublicScheduleDto;
import org.kalamela.application.festival.schedule.ShowPublicSchedule;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.shared.validation.Validation;

/** The published schedule, for everyone. */
@Path("/api/v1/kalamela/schedule")
@Tag(name = "Kalamela schedule", description = "Stages, the schedule, its clashes and publication, stage status")
@Produces(MediaType.APPLICATION_JSON)
public class PublicScheduleResource {

    private final ShowPublicSchedule show;

    @Inject
    public PublicScheduleResource(ShowPublicSchedule show) {
        this.show = show;
    }

    @GET
    @PermitAll
    @Operation(summary = "The current edition's published schedule per day and stage (day: YYYY-MM-DD; stageId: one "
            + "stage), each event with its planned start and end as published and its stage status now (the code "
            + "letter on stage); before the first publication an empty list with published false (public)")
    @APIResponse(responseCode = "200", description = "The published schedule")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (day, stageId)")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public PublicScheduleDto schedule(@QueryParam("day") String day, @QueryParam("stageId") Long stageId) {
        Validation errors = new Validation();
        LocalDate date = errors.read(() -> ScheduleParams.day(day, "day"));
        StageId stage = errors.read(() -> ScheduleParams.stage(stageId, "stageId"));
        errors.throwIfInvalid();
        return PublicScheduleDto.of(show.execute(date, stage));
    }
}
