package org.kalamela.application.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;
import static org.kalamela.application.festival.schedule.ScheduleWorld.NINE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.query.PublicationRow;
import org.kalamela.application.festival.query.ScheduledEventRow;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.schedule.ClashAcknowledgement;
import org.kalamela.domain.festival.schedule.ClashKind;
import org.kalamela.domain.festival.schedule.PerformanceStatus;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.StageStatus;
import org.kalamela.domain.festival.schedule.Timing;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

class ScheduleUseCasesTest {

    private final ScheduleWorld world = new ScheduleWorld();
    private final Stage town = world.stage("Town hall");
    private final Stage annex = world.stage("Annex");
    private final FestivalEvent song = world.festival.individualEvent("Light music");
    private final FestivalEvent essay = world.festival.individualEvent("Essay writing");
    private final FestivalEvent recitation = world.festival.individualEvent("Recitation");
    private final MemberId anu = world.festival.junior();

    @Test
    void the_planned_end_follows_the_entries_at_read_time() {
        world.festival.enter(world.festival.official, anu, song);
        ScheduledEventRow scheduled = world.schedule(song, town, 0);
        assertThat(scheduled.timing()).isEqualTo(Timing.perPerformance(10));
        assertThat(scheduled.slot().end()).isEqualTo(NINE.plusSeconds(600));

        world.festival.enter(world.festival.official, world.festival.junior(), song);

        ScheduledEventRow later = world.showSchedule.execute(null, null, world.festival.admin).days().get(0).events()
                .get(0);
        assertThat(later.slot().end()).isEqualTo(NINE.plusSeconds(1200));
        assertThat(world.fakes.audit.last("EVENT_SCHEDULED").details()).containsEntry("stage", "Town hall")
                .containsEntry("timing", "10 minutes per performance");
    }

    @Test
    void an_off_stage_event_has_its_fixed_length_and_the_timing_is_checked() {
        ScheduledEventRow written = world.scheduleEvent.execute(new ScheduleEvent.Command(essay.id(), annex.id(), NINE,
                null, 90), world.festival.admin);
        assertThat(written.slot().end()).isEqualTo(NINE.plusSeconds(90 * 60));

        assertInvalidFields(() -> world.scheduleEvent.execute(new ScheduleEvent.Command(song.id(), town.id(), null,
                10, 90), world.festival.admin), "start", "fixedMinutes");
        assertInvalidFields(() -> world.scheduleEvent.execute(new ScheduleEvent.Command(song.id(), town.id(), NINE,
                0, null), world.festival.admin), "minutesPerPerformance");
        assertInvalidFields(() -> world.scheduleEvent.execute(new ScheduleEvent.Command(song.id(), town.id(), NINE,
                null, 1441), world.festival.admin), "fixedMinutes");
        assertThat(world.fakes.schedule.find(song.id())).isEmpty();
    }

    @Test
    void scheduling_needs_an_event_and_a_stage_of_the_current_edition() {
        assertNotFound(() -> world.scheduleEvent.execute(new ScheduleEvent.Command(song.id(),
                StageId.of(999), NINE, null, null), world.festival.admin));
        assertNotFound(() -> world.scheduleEvent.execute(new ScheduleEvent.Command(
                EventId.of(999), town.id(), NINE, null, null), world.festival.admin));
        assertNotFound(() -> world.unscheduleEvent.execute(song.id(), world.festival.admin));
    }

    @Test
    void the_clash_report_names_participant_stage_and_judge_clashes() {
        world.festival.enter(world.festival.official, anu, song);
        world.festival.enter(world.festival.official, anu, essay);
        world.festival.enter(world.festival.official, world.festival.junior(), recitation);
        world.schedule(song, town, 0);
        world.schedule(recitation, town, 5);
        world.schedule(essay, annex, 5);
        world.fakes.schedule.appoint(song.id(), AccountId.of(40), "Judge Mathew");
        world.fakes.schedule.appoint(essay.id(), AccountId.of(40), "Judge Mathew");

        List<ClashView> clashes = world.reportClashes.execute(null, world.festival.admin);

        assertThat(clashes).extracting(ClashView::kind)
                .containsExactly(ClashKind.STAGE, ClashKind.JUDGE, ClashKind.PARTICIPANT);
        assertThat(clashes.get(0)).isEqualTo(new ClashView("stage:" + town.id() + ":" + song.id() + "-"
                + recitation.id(), ClashKind.STAGE, song.id(), "Light music", recitation.id(), "Recitation",
                town.id().value(), "Town hall"));
        assertThat(clashes.get(1).subjectName()).isEqualTo("Judge Mathew");
        assertThat(clashes.get(2).key()).isEqualTo("participant:" + anu + ":" + song.id() + "-" + essay.id());
        assertThat(world.reportClashes.execute(LocalDate.of(2026, 12, 11), world.festival.admin)).isEmpty();
        assertThat(world.reportClashes.execute(LocalDate.of(2026, 12, 10), world.festival.admin)).hasSize(3);
    }

    @Test
    void publishing_needs_every_clash_acknowledged_and_a_change_after_it_shows() {
        world.festival.enter(world.festival.official, anu, song);
        world.festival.enter(world.festival.official, anu, essay);
        world.schedule(song, town, 0);
        world.schedule(essay, annex, 5);
        String key = "participant:" + anu + ":" + song.id() + "-" + essay.id();
        assertThat(world.showPublicSchedule.execute(null, null).published()).isFalse();

        assertViolation(() -> world.publishSchedule.execute(List.of(), world.festival.admin),
                "SCHEDULE_CLASHES_UNACKNOWLEDGED");
        assertThat(world.fakes.schedule.latest(world.festival.edition().year())).isEmpty();

        world.fakes.schedule.nameAccount(world.festival.admin.accountId(), "Festival Admin");
        PublicationRow published = world.publishSchedule.execute(List.of(new ClashAcknowledgement(key, "she writes"
                + " after singing"), new ClashAcknowledgement("stage:9:1-2", "stale")), world.festival.admin);

        assertThat(published.publishedByName()).isEqualTo("Festival Admin");
        assertThat(published.acknowledgements()).containsExactly(new ClashAcknowledgement(key,
                "she writes after singing"));
        assertThat(world.fakes.audit.last("SCHEDULE_PUBLISHED").details()).containsEntry("clashes", "1")
                .containsEntry("acknowledged", key + ": she writes after singing");
        assertThat(world.showSchedule.execute(null, null, world.festival.admin).changedSincePublication()).isFalse();
        PublicSchedule visible = world.showPublicSchedule.execute(null, null);
        assertThat(visible.published()).isTrue();
        assertThat(visible.days()).extracting(StageDay::stageName).containsExactly("Annex", "Town hall");

        world.schedule(song, town, 120);

        assertThat(world.showSchedule.execute(null, null, world.festival.admin).changedSincePublication()).isTrue();
        assertThat(world.showPublicSchedule.execute(null, null).days()).filteredOn(day -> day.stage().equals(town.id()))
                .singleElement().satisfies(day -> assertThat(day.events().get(0).start()).isEqualTo(NINE));
    }

    @Test
    void the_stage_status_moves_as_the_policy_says_and_the_public_sees_it() {
        world.festival.enter(world.festival.official, anu, song);
        assertViolation(() -> world.setStageStatus.execute(new SetStageStatus.Command(song.id(),
                PerformanceStatus.COMPLETED, null), world.festival.admin), "EVENT_NOT_SCHEDULED");
        world.schedule(song, town, 0);
        world.publishSchedule.execute(List.of(), world.festival.admin);
        world.fakes.schedule.draw(song.id(), "A", "B");

        assertViolation(() -> world.setStageStatus.execute(new SetStageStatus.Command(song.id(),
                PerformanceStatus.PERFORMING, "C"), world.festival.admin), "CODE_LETTER_NOT_DRAWN");
        assertInvalidFields(() -> world.setStageStatus.execute(new SetStageStatus.Command(song.id(),
                PerformanceStatus.PERFORMING, null), world.festival.admin), "codeLetter");
        assertThat(world.setStageStatus.execute(new SetStageStatus.Command(song.id(), PerformanceStatus.PERFORMING,
                "B"), world.festival.admin)).isEqualTo(StageStatus.performing("B"));
        assertThat(world.fakes.audit.last("STAGE_STATUS_CHANGED").details()).containsEntry("from", "WAITING")
                .containsEntry("to", "PERFORMING B");
        assertThat(world.showPublicSchedule.execute(LocalDate.of(2026, 12, 10), town.id()).days()).singleElement()
                .satisfies(day -> assertThat(day.events().get(0).status()).isEqualTo(StageStatus.performing("B")));

        world.setStageStatus.execute(new SetStageStatus.Command(song.id(), PerformanceStatus.COMPLETED, null),
                world.festival.admin);
        assertViolation(() -> world.setStageStatus.execute(new SetStageStatus.Command(song.id(),
                PerformanceStatus.WAITING, null), world.festival.admin), "STAGE_STATUS_NOT_ALLOWED");
    }

    @Test
    void unscheduling_takes_the_event_out_and_marks_the_plan_changed() {
        world.schedule(song, town, 0);
        long before = world.fakes.schedule.version(world.festival.edition().year());

        world.unscheduleEvent.execute(song.id(), world.festival.admin);

        assertThat(world.fakes.schedule.find(song.id())).isEmpty();
        assertThat(world.fakes.schedule.version(world.festival.edition().year())).isEqualTo(before + 1);
        assertThat(world.fakes.audit.last("EVENT_UNSCHEDULED").details()).containsEntry("event", "Light music");
        world.deleteStage.execute(town.id(), world.festival.admin);
    }

    @Test
    void only_the_admin_plans_reports_publishes_and_sets_statuses() {
        world.schedule(song, town, 0);

        assertForbidden(() -> world.scheduleEvent.execute(new ScheduleEvent.Command(essay.id(), town.id(), NINE, null,
                null), world.festival.official));
        assertForbidden(() -> world.unscheduleEvent.execute(song.id(), world.festival.official));
        assertForbidden(() -> world.showSchedule.execute(null, null, world.festival.official));
        assertForbidden(() -> world.reportClashes.execute(null, world.festival.official));
        assertForbidden(() -> world.publishSchedule.execute(List.of(), world.festival.official));
        assertForbidden(() -> world.setStageStatus.execute(new SetStageStatus.Command(song.id(),
                PerformanceStatus.COMPLETED, null), world.festival.official));
        assertThat(world.fakes.schedule.find(song.id())).isPresent();
        assertThat(world.fakes.schedule.find(essay.id())).isEmpty();
    }
}
