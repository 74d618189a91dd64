package org.kalamela.application.festival.schedule;

import java.time.Instant;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.fakes.FestivalFakes;
import org.kalamela.application.festival.query.ScheduledEventRow;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;

/** The festival world with the schedule's use cases wired to the same fakes. */
final class ScheduleWorld {

    static final Instant NINE = Instant.parse("2026-12-10T03:30:00Z");

    final FestivalWorld festival = new FestivalWorld();
    final FestivalFakes fakes = festival.fakes;
    final StageLookup stageLookup = new StageLookup(fakes.stages, festival.currentEdition);

    final CreateStage createStage = new CreateStage(fakes.stages, festival.currentEdition, fakes.audit, festival.clock);
    final EditStage editStage = new EditStage(fakes.stages, stageLookup, fakes.audit, festival.clock);
    final DeleteStage deleteStage = new DeleteStage(fakes.stages, stageLookup, fakes.schedule, fakes.schedule,
            fakes.audit, festival.clock);
    final ListStages listStages = new ListStages(fakes.stages, festival.currentEdition);
    final ScheduleEvent scheduleEvent = new ScheduleEvent(fakes.schedule, fakes.scheduleReader, festival.eventLookup,
            stageLookup, festival.currentEdition, fakes.audit, festival.clock);
    final UnscheduleEvent unscheduleEvent = new UnscheduleEvent(fakes.schedule, festival.eventLookup,
            festival.currentEdition, fakes.audit, festival.clock);
    final ShowSchedule showSchedule = new ShowSchedule(fakes.scheduleReader, fakes.schedule, festival.currentEdition);
    final ReportClashes reportClashes = new ReportClashes(fakes.scheduleReader, festival.currentEdition);
    final PublishSchedule publishSchedule = new PublishSchedule(fakes.scheduleReader, fakes.schedule, fakes.schedule,
            festival.currentEdition, fakes.audit, festival.clock);
    final SetStageStatus setStageStatus = new SetStageStatus(fakes.stageStatuses, fakes.schedule, fakes.schedule,
            festival.eventLookup, festival.currentEdition, fakes.audit, festival.clock);
    final ShowPublicSchedule showPublicSchedule = new ShowPublicSchedule(fakes.scheduleReader, festival.currentEdition);

    Stage stage(String name) {
        return createStage.execute(new StageDetails(name, "Pathanamthitta", 500), festival.admin);
    }

    /** Schedules the event at {@code minutesAfterNine} past 09:00 IST on 10 December, 10 minutes per entry. */
    ScheduledEventRow schedule(FestivalEvent event, Stage stage, int minutesAfterNine) {
        return scheduleEvent.execute(new ScheduleEvent.Command(event.id(), stage.id(),
                NINE.plusSeconds(60L * minutesAfterNine), null, null), festival.admin);
    }
}
