package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.schedule.ClashAcknowledgement;
import org.kalamela.domain.festival.schedule.PerformanceStatus;
import org.kalamela.domain.festival.schedule.SchedulePublication;
import org.kalamela.domain.festival.schedule.SchedulePublicationRepository;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.ScheduledEvent;
import org.kalamela.domain.festival.schedule.Slot;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.festival.schedule.StageStatus;
import org.kalamela.domain.festival.schedule.StageStatusRepository;
import org.kalamela.domain.festival.schedule.Timing;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What the plan's ports do together, as their tables hold them: {@link ScheduleRepository} (the plan and its
 * version), {@link SchedulePublicationRepository} and {@link StageStatusRepository}, with the stages they refer
 * to; a subclass gives each test an empty store.
 */
public abstract class ScheduleRepositoryContract {

    private static final EditionYear YEAR = EditionYear.of(2026);
    private static final EditionYear NEXT_YEAR = EditionYear.of(2027);
    private static final Instant NINE = Instant.parse("2026-12-10T03:30:00Z");
    private static final AccountId ADMIN = AccountId.of(1);

    protected abstract ScheduleRepository plan();

    protected abstract SchedulePublicationRepository publications();

    protected abstract StageStatusRepository statuses();

    protected abstract StageRepository stages();

    protected abstract FestivalContractFixtures fixtures();

    private FestivalEvent song;
    private FestivalEvent essay;
    private Stage town;
    private Stage annex;

    @BeforeEach
    void given() {
        song = fixtures().givenEvent(YEAR, "Light music", EventKind.INDIVIDUAL);
        essay = fixtures().givenEvent(YEAR, "Essay writing", EventKind.INDIVIDUAL);
        fixtures().givenEdition(NEXT_YEAR);
        town = stages().create(YEAR, new StageDetails("Town hall", "Pathanamthitta", 800));
        annex = stages().create(YEAR, new StageDetails("Annex", "Church hall", 120));
    }

    @Test
    void an_event_is_scheduled_moved_and_unscheduled() {
        ScheduledEvent first = new ScheduledEvent(song.id(), YEAR, town.id(), NINE, Timing.perPerformance(10));
        plan().save(first);
        assertThat(plan().find(song.id())).contains(first);
        assertThat(plan().isScheduledOn(town.id())).isTrue();

        ScheduledEvent moved = new ScheduledEvent(song.id(), YEAR, annex.id(), NINE.plusSeconds(3600), Timing.fixed(90));
        plan().save(moved);
        assertThat(plan().find(song.id())).contains(moved);
        assertThat(plan().isScheduledOn(town.id())).isFalse();
        assertThat(plan().isScheduledOn(annex.id())).isTrue();

        plan().remove(song.id());
        plan().remove(song.id());
        assertThat(plan().find(song.id())).isEmpty();
        assertThat(plan().isScheduledOn(annex.id())).isFalse();
    }

    @Test
    void a_stage_with_a_scheduled_event_is_not_deleted() {
        plan().save(new ScheduledEvent(song.id(), YEAR, town.id(), NINE, Timing.perPerformance(10)));

        assertThatThrownBy(() -> stages().delete(town.id()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("STAGE_IN_USE"));
    }

    @Test
    void the_version_starts_at_zero_and_rises_by_one_per_change_in_its_edition() {
        assertThat(plan().version(YEAR)).isZero();
        plan().markChanged(YEAR);
        plan().markChanged(YEAR);
        plan().markChanged(NEXT_YEAR);
        assertThat(plan().version(YEAR)).isEqualTo(2);
        assertThat(plan().version(NEXT_YEAR)).isEqualTo(1);
    }

    @Test
    void the_latest_publication_is_kept_with_its_acknowledgements_and_slots() {
        assertThat(publications().latest(YEAR)).isEmpty();
        Slot songSlot = new Slot(song.id(), town.id(), NINE, NINE.plusSeconds(1800));
        Slot essaySlot = new Slot(essay.id(), annex.id(), NINE.plusSeconds(600), NINE.plusSeconds(6000));
        publications().store(new SchedulePublication(YEAR, 3, ADMIN, NINE, List.of(), List.of(songSlot, essaySlot)));
        SchedulePublication second = new SchedulePublication(YEAR, 5, ADMIN, NINE.plusSeconds(60),
                List.of(new ClashAcknowledgement("participant:7:1-2", "she sings first, then writes")),
                List.of(essaySlot));
        publications().store(second);

        assertThat(publications().latest(YEAR)).contains(second);
        assertThat(publications().latest(NEXT_YEAR)).isEmpty();
        assertThat(publications().publishesStage(annex.id())).isTrue();
        assertThat(publications().publishesStage(town.id())).isFalse();
    }

    @Test
    void a_stage_the_latest_publication_names_is_not_deleted() {
        publications().store(new SchedulePublication(YEAR, 1, ADMIN, NINE, List.of(),
                List.of(new Slot(song.id(), town.id(), NINE, NINE.plusSeconds(1800)))));

        assertThatThrownBy(() -> stages().delete(town.id()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("STAGE_IN_USE"));
        stages().delete(annex.id());
        assertThat(stages().findById(annex.id())).isEmpty();
    }

    @Test
    void an_event_is_waiting_until_a_status_is_stored_and_then_has_the_last_one() {
        assertThat(statuses().find(song.id())).isEmpty();
        statuses().save(song.id(), StageStatus.performing("B"), ADMIN, NINE);
        statuses().save(song.id(), StageStatus.performing("C"), ADMIN, NINE.plusSeconds(600));
        statuses().save(essay.id(), StageStatus.completed(), ADMIN, NINE);

        assertThat(statuses().find(song.id())).contains(StageStatus.performing("C"));
        assertThat(statuses().find(essay.id())).contains(
                new StageStatus(PerformanceStatus.COMPLETED, Optional.empty()));
    }
}
