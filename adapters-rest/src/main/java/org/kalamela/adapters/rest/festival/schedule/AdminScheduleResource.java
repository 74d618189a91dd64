package org.kalamela.adapters.rest.festival.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.AcknowledgementDto;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.AdminScheduleDto;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.ClashDto;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.ClashReportDto;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.PublicationDto;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.PublishRequest;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.ScheduleRequest;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.ScheduledEventDto;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.StageStatusDto;
import org.kalamela.adapters.rest.festival.schedule.ScheduleDtos.StageStatusRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.schedule.PublishSchedule;
import org.kalamela.application.festival.schedule.ReportClashes;
import org.kalamela.application.festival.schedule.ScheduleEvent;
import org.kalamela.application.festival.schedule.SetStageStatus;
import org.kalamela.application.festival.schedule.ShowSchedule;
import org.kalamela.application.festival.schedule.UnscheduleEvent;
import org.kalamela.domain.festival.schedule.ClashAcknowledgement;
import org.kalamela.domain.festival.schedule.PerformanceStatus;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.shared.validation.Validation;

/** The admin's schedule of the current edition: events on stages, the clash report, publishing, stage status. */
@Path("/api/v1/kalamela/admin")
@Tag(name = "Kalamela schedule", description = "Stages, the schedule, its clashes and publication, stage status")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminScheduleResource {

    private final ScheduleEvent scheduleEvent;
    private final UnscheduleEvent unscheduleEvent;
    private final ShowSchedule showSchedule;
    private final ReportClashes reportClashes;
    private final PublishSchedule publishSchedule;
    private final SetStageStatus setStageStatus;
    private final CurrentActor currentActor;

    @Inject
    public AdminScheduleResource(ScheduleEvent scheduleEvent, UnscheduleEvent unscheduleEvent,
                                 ShowSchedule showSchedule, ReportClashes reportClashes,
                                 PublishSchedule publishSchedule, SetStageStatus setStageStatus,
                                 CurrentActor currentActor) {
        this.scheduleEvent = scheduleEvent;
        this.unscheduleEvent = unscheduleEvent;
        this.showSchedule = showSchedule;
        this.reportClashes = reportClashes;
        this.publishSchedule = publishSchedule;
        this.setStageStatus = setStageStatus;
        this.currentActor = currentActor;
    }

    @PUT
    @Path("/events/{id}/schedule")
    @Operation(summary = "Schedule an event of the current edition on a stage, or move it: start, and "
            + "minutesPerPerformance (default 10) or fixedMinutes for an off-stage event; the planned end follows "
            + "the entries; a published schedule shows as changed until published again (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The event's place in the plan with its planned end")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (stageId, start, minutesPerPerformance, "
            + "fixedMinutes)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event, stage), NO_CURRENT_EDITION")
    public ScheduledEventDto schedule(@PathParam("id") long id, @NotNull ScheduleRequest body) {
        Validation errors = new Validation();
        StageId stage = errors.read(() -> ScheduleParams.stage(body.stageId(), "stageId"));
        Instant start = errors.read(() -> ScheduleParams.instant(body.start(), "start"));
        errors.throwIfInvalid();
        return ScheduledEventDto.of(scheduleEvent.execute(new ScheduleEvent.Command(FestivalParams.eventPath(id),
                stage, start, body.minutesPerPerformance(), body.fixedMinutes()), currentActor.get()));
    }

    @DELETE
    @Path("/events/{id}/schedule")
    @Operation(summary = "Take an event out of the plan (ADMIN, audited)")
    @APIResponse(responseCode = "204", description = "Unscheduled")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event, or not scheduled), NO_CURRENT_EDITION")
    public Response unschedule(@PathParam("id") long id) {
        unscheduleEvent.execute(FestivalParams.eventPath(id), currentActor.get());
        return Response.noContent().build();
    }

    @PUT
    @Path("/events/{id}/stage-status")
    @Operation(summary = "Set a scheduled event's status on its stage: WAITING, PERFORMING with the code letter on "
            + "stage, or COMPLETED (final); the public schedule shows it at once (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The status")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (status, codeLetter)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "EVENT_NOT_SCHEDULED, STAGE_STATUS_NOT_ALLOWED, "
            + "CODE_LETTER_NOT_DRAWN")
    public StageStatusDto stageStatus(@PathParam("id") long id, @NotNull StageStatusRequest body) {
        Validation errors = new Validation();
        PerformanceStatus status = errors.read(() -> ScheduleParams.status(body.status(), "status"));
        errors.required(body.status(), "status").throwIfInvalid();
        return StageStatusDto.of(setStageStatus.execute(new SetStageStatus.Command(FestivalParams.eventPath(id),
                status, body.codeLetter()), currentActor.get()));
    }

    @GET
    @Path("/schedule")
    @Operation(summary = "The current edition's plan per day and stage (day: YYYY-MM-DD, the events running that "
            + "day; stageId: one stage), each event with its planned start and end and stage status, and the "
            + "latest publication (ADMIN)")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (day, stageId)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public AdminScheduleDto schedule(@QueryParam("day") String day, @QueryParam("stageId") Long stageId) {
        Validation errors = new Validation();
        LocalDate date = errors.read(() -> ScheduleParams.day(day, "day"));
        StageId stage = errors.read(() -> ScheduleParams.stage(stageId, "stageId"));
        errors.throwIfInvalid();
        return AdminScheduleDto.of(showSchedule.execute(date, stage, currentActor.get()));
    }

    @GET
    @Path("/schedule/clashes")
    @Operation(summary = "The clash report of the current edition's plan, or of one day (YYYY-MM-DD): stage, judge "
            + "and participant clashes, each with its key, the two events and who or what is double-booked (ADMIN)")
    @APIResponse(responseCode = "200", description = "The clashes")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (day)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public ClashReportDto clashes(@QueryParam("day") String day) {
        LocalDate date = ScheduleParams.day(day, "day");
        List<ClashDto> clashes = reportClashes.execute(date, currentActor.get()).stream().map(ClashDto::of).toList();
        return new ClashReportDto(date, clashes.size(), clashes);
    }

    @POST
    @Path("/schedule/publish")
    @Operation(summary = "Publish the current edition's schedule: every clash of the plan acknowledged by its key "
            + "with a reason; the public then reads the plan as published (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The publication")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (acknowledgements[n].clashKey, "
            + "acknowledgements[n].reason)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "SCHEDULE_CLASHES_UNACKNOWLEDGED")
    public PublicationDto publish(@NotNull PublishRequest body) {
        List<AcknowledgementDto> given = body.acknowledgements() == null ? List.of() : body.acknowledgements();
        Validation errors = new Validation();
        List<ClashAcknowledgement> acknowledgements = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AcknowledgementDto ack = given.get(i);
            if (ack == null) {
                errors.add("acknowledgements[" + i + "]", "is required");
                continue;
            }
            ClashAcknowledgement read = errors.element("acknowledgements", i).read(() -> new ClashAcknowledgement(ack.clashKey(), ack.reason()));
            if (read != null) {
                acknowledgements.add(read);
            }
        }
        errors.throwIfInvalid();
        return PublicationDto.of(publishSchedule.execute(acknowledgements, currentActor.get()));
    }
}
