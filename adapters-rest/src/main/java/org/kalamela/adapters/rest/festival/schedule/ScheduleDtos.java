package org.kalamela.adapters.rest.festival.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.query.PublicationRow;
import org.kalamela.application.festival.query.PublishedSlotRow;
import org.kalamela.application.festival.query.ScheduledEventRow;
import org.kalamela.application.festival.schedule.ClashView;
import org.kalamela.application.festival.schedule.PublicSchedule;
import org.kalamela.application.festival.schedule.ScheduleView;
import org.kalamela.application.festival.schedule.StageDay;
import org.kalamela.domain.festival.schedule.ClashAcknowledgement;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageStatus;
import org.kalamela.domain.festival.schedule.Timing;

/** The schedule's request and response bodies. */
final class ScheduleDtos {

    private ScheduleDtos() {
    }

    @Schema(name = "StageRequest", description = "A stage: name (unique in the edition, at most 80 characters), "
            + "location (at most 120), capacity (1 to 100000)")
    record StageRequest(String name, String location, Integer capacity) {
    }

    @Schema(name = "Stage")
    record StageDto(long id, int edition, String name, String location, int capacity) {

        static StageDto of(Stage stage) {
            return new StageDto(stage.id().value(), stage.edition().value(), stage.name(), stage.details().location(),
                    stage.details().capacity());
        }
    }

    @Schema(name = "ScheduleRequest", description = "Where and when an event runs: stageId, start (an ISO-8601 "
            + "instant) and either minutesPerPerformance (default 10) or fixedMinutes (an off-stage event)")
    record ScheduleRequest(Long stageId, String start, Integer minutesPerPerformance, Integer fixedMinutes) {
    }

    @Schema(name = "StageStatusRequest", description = "status WAITING, PERFORMING (with codeLetter, one of the "
            + "event's drawn code letters) or COMPLETED")
    record StageStatusRequest(String status, String codeLetter) {
    }

    @Schema(name = "StageStatus")
    record StageStatusDto(String status, String codeLetter) {

        static StageStatusDto of(StageStatus status) {
            return new StageStatusDto(status.status().name(), status.codeLetter().orElse(null));
        }
    }

    @Schema(name = "ScheduledEvent", description = "An event in the plan; plannedEnd follows the entries (or "
            + "teams) counted now: start + minutesPerPerformance x performances, or start + fixedMinutes")
    record ScheduledEventDto(long eventId, String eventName, long stageId, String stageName, Instant start,
                             Instant plannedEnd, Integer minutesPerPerformance, Integer fixedMinutes,
                             int performances, String status, String codeLetter) {

        static ScheduledEventDto of(ScheduledEventRow row) {
            Integer perPerformance = row.timing() instanceof Timing.PerPerformance per ? per.minutes() : null;
            Integer fixed = row.timing() instanceof Timing.Fixed one ? one.minutes() : null;
            return new ScheduledEventDto(row.event().value(), row.eventName(), row.stage().value(), row.stageName(),
                    row.start(), row.slot().end(), perPerformance, fixed, row.performances(),
                    row.status().status().name(), row.status().codeLetter().orElse(null));
        }
    }

    @Schema(name = "ScheduleStageDay", description = "The events of one stage on one day, by start")
    record StageDayDto<T>(LocalDate day, long stageId, String stageName, String stageLocation, List<T> events) {
    }

    @Schema(name = "AcknowledgedClash")
    record AcknowledgementDto(String clashKey, String reason) {

        static AcknowledgementDto of(ClashAcknowledgement ack) {
            return new AcknowledgementDto(ack.clashKey(), ack.reason());
        }
    }

    @Schema(name = "SchedulePublication", description = "A publication: when, by which admin, the plan version, "
            + "and each clash let stand with its reason")
    record PublicationDto(Instant publishedAt, long publishedById, String publishedBy, long version,
                          List<AcknowledgementDto> acknowledgements) {

        static PublicationDto of(PublicationRow row) {
            return new PublicationDto(row.publishedAt(), row.publishedById(), row.publishedByName(), row.version(),
                    row.acknowledgements().stream().map(AcknowledgementDto::of).toList());
        }
    }

    @Schema(name = "AdminSchedule", description = "The plan per day and stage; publication is null before the "
            + "first; changedSincePublication: the public still reads the plan as last published")
    record AdminScheduleDto(PublicationDto publication, boolean changedSincePublication,
                            List<StageDayDto<ScheduledEventDto>> days) {

        static AdminScheduleDto of(ScheduleView view) {
            return new AdminScheduleDto(view.publication().map(PublicationDto::of).orElse(null),
                    view.changedSincePublication(), view.days().stream()
                    .map(day -> day(day, day.events().stream().map(ScheduledEventDto::of).toList())).toList());
        }
    }

    @Schema(name = "Clash", description = "kind STAGE, JUDGE or PARTICIPANT; subject: the stage's, judge's or "
            + "member's id and name; clashKey is what an acknowledgement names")
    record ClashDto(String clashKey, String kind, long firstEventId, String firstEventName, long secondEventId,
                    String secondEventName, long subjectId, String subjectName) {

        static ClashDto of(ClashView view) {
            return new ClashDto(view.key(), view.kind().name(), view.firstEvent().value(), view.firstEventName(),
                    view.secondEvent().value(), view.secondEventName(), view.subjectId(), view.subjectName());
        }
    }

    @Schema(name = "ClashReport")
    record ClashReportDto(LocalDate day, int count, List<ClashDto> clashes) {
    }

    @Schema(name = "PublishRequest", description = "acknowledgements: each remaining clash by clashKey with a "
            + "reason (at most 500 characters)")
    record PublishRequest(List<AcknowledgementDto> acknowledgements) {
    }

    @Schema(name = "PublicScheduledEvent")
    record PublicEventDto(long eventId, String eventName, Instant plannedStart, Instant plannedEnd, String status,
                          String codeLetter) {

        static PublicEventDto of(PublishedSlotRow row) {
            return new PublicEventDto(row.event().value(), row.eventName(), row.start(), row.end(),
                    row.status().status().name(), row.status().codeLetter().orElse(null));
        }
    }

    @Schema(name = "PublicSchedule", description = "published false (and no days) before the first publication")
    record PublicScheduleDto(boolean published, Instant publishedAt, List<StageDayDto<PublicEventDto>> days) {

        static PublicScheduleDto of(PublicSchedule schedule) {
            return new PublicScheduleDto(schedule.published(), schedule.publishedAt().orElse(null),
                    schedule.days().stream()
                            .map(day -> day(day, day.events().stream().map(PublicEventDto::of).toList())).toList());
        }
    }

    private static <T, D> StageDayDto<D> day(StageDay<T> day, List<D> events) {
        return new StageDayDto<>(day.day(), day.stage().value(), day.stageName(), day.stageLocation(), events);
    }
}
