package org.kalamela.application.festival.fakes;

import org.kalamela.application.document.CapturingDocumentPrinter;
import org.kalamela.application.shared.fakes.InMemoryAuditLog;

/**
 * Every festival port as an in-memory fake, wired to each other as the database tables are joined: the
 * read fakes read the repositories' data, the event repository sees entries and teams as foreign keys do.
 * A new instance is an empty database. The audit log is the shared fake of the audit table.
 */
public final class FestivalFakes {

    public final RegistryTables registry = new RegistryTables();
    public final InMemoryEditionRepository editions = new InMemoryEditionRepository();
    public final InMemoryIndividualEntryRepository entries = new InMemoryIndividualEntryRepository();
    public final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    public final InMemoryFestivalEventRepository events =
            new InMemoryFestivalEventRepository(id -> entries.existsForEvent(id) || teams.existsForEvent(id));
    public final InMemoryExclusionRepository exclusions = new InMemoryExclusionRepository(registry);
    public final InMemoryChestNumberRegistry chestNumbers = new InMemoryChestNumberRegistry(registry, entries);
    public final InMemoryChestNumberSequence chestNumberSequence = new InMemoryChestNumberSequence();
    public final InMemoryTeamNumberSequence teamNumberSequence = new InMemoryTeamNumberSequence();
    public final RecordingParticipationLocks locks = new RecordingParticipationLocks();
    public final InMemoryFestivalMemberDirectory members =
            new InMemoryFestivalMemberDirectory(registry, exclusions, entries, teams, events);
    public final InMemoryOfficialEventsOverviewReader overview =
            new InMemoryOfficialEventsOverviewReader(events, entries, teams);
    public final InMemoryEntryListReader entryList =
            new InMemoryEntryListReader(entries, events, chestNumbers, registry);
    public final InMemoryTeamListReader teamList = new InMemoryTeamListReader(teams, events, registry);
    public final InMemoryEntryExportReader entryExport =
            new InMemoryEntryExportReader(entries, teams, events, chestNumbers, registry);
    public final InMemoryChestNumberListReader chestNumberList =
            new InMemoryChestNumberListReader(chestNumbers, entries, events, registry);
    public final InMemorySchedule schedule = new InMemorySchedule();
    public final InMemoryStageRepository stages =
            new InMemoryStageRepository(id -> schedule.isScheduledOn(id) || schedule.publishesStage(id));
    public final InMemoryStageStatuses stageStatuses = new InMemoryStageStatuses();
    public final InMemoryScheduleReader scheduleReader =
            new InMemoryScheduleReader(schedule, stages, stageStatuses, events, entries, teams, registry);
    public final FakeScores scores = new FakeScores();
    public final InMemoryJudgeSheetRepository sheets = new InMemoryJudgeSheetRepository();
    public final InMemoryDrawRepository draws = new InMemoryDrawRepository(sheets::marksExist);
    public final InMemoryEventPerformers performers = new InMemoryEventPerformers(entries, teams);
    public final InMemoryOrderOfAppearanceReader appearances =
            new InMemoryOrderOfAppearanceReader(draws, entries, teams, chestNumbers, registry);
    public final InMemoryCriteriaRepository criteria = new InMemoryCriteriaRepository(sheets::marksExist);
    public final InMemoryEventResultRepository results = new InMemoryEventResultRepository();
    public final InMemoryResultNumberSequence resultNumbers = new InMemoryResultNumberSequence();
    public final RecordingJudgingLocks judgingLocks = new RecordingJudgingLocks();
    public final InMemoryCertificateRepository certificates =
            new InMemoryCertificateRepository(results, entries, teams);
    public final InMemoryAppealRepository appeals = new InMemoryAppealRepository();
    public final InMemoryJudgingReader judgingReader = new InMemoryJudgingReader(draws, appearances, sheets);
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final CapturingSpreadsheetWriter spreadsheets = new CapturingSpreadsheetWriter();
    public final CapturingDocumentPrinter documents = new CapturingDocumentPrinter();
}
