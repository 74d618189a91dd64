package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.festival.query.PlanPersonRow;
import org.kalamela.application.festival.query.PublicationRow;
import org.kalamela.application.festival.query.PublishedSlotRow;
import org.kalamela.application.festival.query.ScheduleFacts;
import org.kalamela.application.festival.query.ScheduleReader;
import org.kalamela.application.festival.query.ScheduledEventRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.ScheduledEvent;
import org.kalamela.domain.festival.schedule.Slot;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageId;

/** The schedule's read model over the fakes, joined as the SQL joins the tables. */
public final class InMemoryScheduleReader implements ScheduleReader {

    private final InMemorySchedule schedule;
    private final InMemoryStageRepository stages;
    private final InMemoryStageStatuses statuses;
    private final InMemoryFestivalEventRepository events;
    private final InMemoryIndividualEntryRepository entries;
    private final InMemoryTeamRepository teams;
    private final RegistryTables registry;

    public InMemoryScheduleReader(InMemorySchedule schedule, InMemoryStageRepository stages,
                                  InMemoryStageStatuses statuses, InMemoryFestivalEventRepository events,
                                  InMemoryIndividualEntryRepository entries, InMemoryTeamRepository teams,
                                  RegistryTables registry) {
        this.schedule = schedule;
        this.stages = stages;
        this.statuses = statuses;
        this.events = events;
        this.entries = entries;
        this.teams = teams;
        this.registry = registry;
    }

    @Override
    public ScheduleFacts facts(EditionYear edition) {
        List<ScheduledEventRow> planned = events(edition);
        List<PlanPersonRow> participants = new ArrayList<>();
        List<PlanPersonRow> judges = new ArrayList<>();
        for (ScheduledEventRow row : planned) {
            entries.all().stream().filter(entry -> entry.eventId().equals(row.event())).forEach(entry ->
                    participants.add(new PlanPersonRow(row.event(), entry.memberId().value(),
                            registry.nameOf(entry.memberId()))));
            teams.all().stream().filter(team -> team.eventId().equals(row.event()))
                    .flatMap(team -> team.members().stream())
                    .forEach(member -> participants.add(new PlanPersonRow(row.event(), member.value(),
                            registry.nameOf(member))));
            schedule.judges().stream().filter(judge -> judge.event().equals(row.event()))
                    .forEach(judge -> judges.add(new PlanPersonRow(row.event(), judge.judge().value(), judge.name())));
        }
        return new ScheduleFacts(planned, participants, judges);
    }

    @Override
    public List<ScheduledEventRow> events(EditionYear edition) {
        return schedule.plan().stream().filter(scheduled -> scheduled.edition().equals(edition))
                .map(this::row)
                .sorted(Comparator.comparing(ScheduledEventRow::start).thenComparing(ScheduledEventRow::stageName)
                        .thenComparingLong(row -> row.event().value()))
                .toList();
    }

    @Override
    public List<PublishedSlotRow> published(EditionYear edition) {
        return schedule.latest(edition).map(publication -> publication.slots().stream()
                .filter(slot -> events.findById(slot.event()).isPresent())
                .map(this::publishedRow)
                .sorted(Comparator.comparing(PublishedSlotRow::start).thenComparing(PublishedSlotRow::stageName)
                        .thenComparingLong(row -> row.event().value()))
                .toList()).orElse(List.of());
    }

    @Override
    public Optional<PublicationRow> latestPublication(EditionYear edition) {
        return schedule.latest(edition).map(publication -> new PublicationRow(publication.publishedAt(),
                publication.publishedBy().value(), schedule.accountName(publication.publishedBy()),
                publication.version(), publication.acknowledgements().stream()
                        .sorted(Comparator.comparing(ack -> ack.clashKey())).toList()));
    }

    private ScheduledEventRow row(ScheduledEvent scheduled) {
        Stage stage = stage(scheduled.stage());
        EventId event = scheduled.event();
        int performances = (int) (entries.all().stream().filter(entry -> entry.eventId().equals(event)).count()
                + teams.all().stream().filter(team -> team.eventId().equals(event)).count());
        return new ScheduledEventRow(event, events.findById(event).orElseThrow().name(), stage.id(), stage.name(),
                stage.details().location(), scheduled.start(), scheduled.timing(), performances,
                statuses.statusOf(event));
    }

    private PublishedSlotRow publishedRow(Slot slot) {
        Stage stage = stage(slot.stage());
        return new PublishedSlotRow(slot.event(), events.findById(slot.event()).orElseThrow().name(), stage.id(),
                stage.name(), stage.details().location(), slot.start(), slot.end(), statuses.statusOf(slot.event()));
    }

    private Stage stage(StageId id) {
        return stages.findById(id).orElseThrow(() -> new IllegalStateException("no stage " + id));
    }
}
