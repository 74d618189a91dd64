package org.kalamela.application.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.fakes.InMemoryCriteriaRepository;
import org.kalamela.application.festival.fakes.InMemoryDrawRepository;
import org.kalamela.application.festival.fakes.InMemoryEventResultRepository;
import org.kalamela.application.festival.fakes.InMemoryFestivalEventRepository;
import org.kalamela.application.festival.fakes.InMemoryJudgeSheetRepository;
import org.kalamela.application.festival.fakes.InMemoryResultNumberSequence;
import org.kalamela.application.festival.fakes.RecordingJudgingLocks;
import org.kalamela.application.migration.LegacySource.IndividualParticipationRow;
import org.kalamela.application.migration.LegacySource.IndividualScoreCardRow;
import org.kalamela.application.migration.fakes.InMemoryLegacyIdMap;
import org.kalamela.application.migration.festival.IndividualScoreCardsImport;
import org.kalamela.application.migration.festival.LegacyResults;
import org.kalamela.domain.festival.certificate.Certificate;
import org.kalamela.domain.festival.certificate.CertificateRepository;
import org.kalamela.domain.festival.certificate.Recipient;
import org.kalamela.domain.festival.certificate.SerialGenerator;
import org.kalamela.domain.festival.certificate.Voiding;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.festival.result.LegacyResultPolicy;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The individual score cards' import on the in-memory fakes: an event's old marks become its published result on
 * the importing admin's tabulator sheet, what cannot is skipped with the reason, an edition still open to
 * registration takes no results, and a second pass over the same id map imports nothing.
 */
class LegacyScoreCardsImportTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant SCORED = Instant.parse("2019-08-01T09:00:00Z");
    private static final AccountId ADMIN = AccountId.of(1);
    private static final EditionYear YEAR = EditionYear.of(2026);

    private final InMemoryJudgeSheetRepository sheets = new InMemoryJudgeSheetRepository();
    private final InMemoryDrawRepository draws = new InMemoryDrawRepository(sheets::marksExist);
    private final InMemoryCriteriaRepository criteria = new InMemoryCriteriaRepository(sheets::marksExist);
    private final InMemoryEventResultRepository results = new InMemoryEventResultRepository();
    private final InMemoryResultNumberSequence numbers = new InMemoryResultNumberSequence();
    private final InMemoryFestivalEventRepository events = new InMemoryFestivalEventRepository(id -> false);
    private final InMemoryLegacyIdMap idMap = new InMemoryLegacyIdMap();
    /** Certificates need the entries' members, which this test does not hold: the HTTP test counts them. */
    private final CertificateRepository noRecipients = new CertificateRepository() {
        @Override
        public List<Recipient> recipients(EventId event) {
            return List.of();
        }

        @Override
        public List<Certificate> valid(EventId event) {
            return List.of();
        }

        @Override
        public void voidAll(List<Voiding> voidings) {
            assertThat(voidings).isEmpty();
        }

        @Override
        public void issue(List<Certificate> certificates) {
            assertThat(certificates).isEmpty();
        }
    };
    private final IndividualScoreCardsImport scoreCards = new IndividualScoreCardsImport(events,
            new LegacyResults(draws, sheets, criteria, results, numbers, new RecordingJudgingLocks(), noRecipients,
                    SerialGenerator.secure()));

    private final EventId solo = event("Solo");
    private final EventId drawing = event("Pencil drawing");

    private EventId event(String name) {
        return events.create(new NewFestivalEvent(YEAR, name, EventKind.INDIVIDUAL, EventCategory.MUSIC,
                Optional.empty(), Optional.empty(), false, true, new ShortCode(name.substring(0, 2).toUpperCase()),
                Optional.empty())).id();
    }

    private static IndividualScoreCardRow card(long id, long participation, long member, String mark, String grade,
                                               Integer points, Instant at) {
        return new IndividualScoreCardRow(id, participation, member, new BigDecimal(mark), grade, points, at);
    }

    private final LegacySnapshot snapshot = snapshot(
            List.of(participation(11, 1, 501), participation(12, 2, 502), participation(13, 2, 503),
                    participation(14, 2, 504), participation(15, 2, 505)),
            List.of(card(1, 11, 501, "78.50", "A", 10, SCORED.plusSeconds(3600)),
                    card(2, 12, 502, "62.00", "A", 10, SCORED),
                    card(3, 13, 503, "62", "A", 8, SCORED),
                    card(4, 14, 504, "39.99", "C", 1, SCORED),
                    card(5, 13, 503, "70.00", "A", 10, SCORED),
                    card(6, 15, 999, "50.00", "B", 3, SCORED),
                    card(7, 77, 501, "50.00", "B", 3, SCORED),
                    card(8, 16, 506, "50.00", "B", 3, SCORED),
                    card(9, 14, 504, "100.01", "A", 10, SCORED)));

    private static IndividualParticipationRow participation(long id, long event, long member) {
        return new IndividualParticipationRow(id, event, member, 6L, "1001", "Junior", SCORED);
    }

    private static LegacySnapshot snapshot(List<IndividualParticipationRow> participations,
                                           List<IndividualScoreCardRow> cards) {
        return new LegacySnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), participations, List.of(), List.of(), List.of(),
                List.of(), List.of(), cards, List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(),
                Map.copyOf(participations.stream().collect(java.util.stream.Collectors.toMap(
                        IndividualParticipationRow::id, p -> p))));
    }

    private LegacyImportReport importOnce(Edition edition) {
        idMap.remember(LegacyTable.INDIVIDUAL_EVENTS, Map.of(1L, solo.value(), 2L, drawing.value()));
        idMap.remember(LegacyTable.INDIVIDUAL_PARTICIPATIONS, Map.of(11L, 111L, 12L, 112L, 13L, 113L, 14L, 114L,
                15L, 115L));
        return pass(edition);
    }

    private LegacyImportReport pass(Edition edition) {
        LegacyRun run = new LegacyRun(edition, ADMIN, "tester", NOW);
        ImportBatch batch = new ImportBatch(LegacyTable.INDIVIDUAL_SCORECARDS, snapshot, run, idMap);
        scoreCards.items(snapshot).forEach(item -> scoreCards.load(item, batch));
        idMap.remember(LegacyTable.INDIVIDUAL_SCORECARDS, batch.importedNow());
        LegacyImportReport report = new LegacyImportReport(false);
        report.add(batch.tally());
        return report;
    }

    private static Edition edition(Instant closes) {
        return new Edition(YEAR, FestivalRules.defaults2026(),
                new RegistrationWindow(closes.minus(Duration.ofDays(30)), closes));
    }

    @Test
    void theOldMarksBecomeEachEventsPublishedResultInTheOrderTheyWereScored() {
        LegacyImportReport report = importOnce(edition(NOW.minusSeconds(60)));

        assertThat(report.counts(LegacyTable.INDIVIDUAL_SCORECARDS).imported()).isEqualTo(4);
        EventResult first = results.find(drawing).orElseThrow();
        EventResult second = results.find(solo).orElseThrow();
        assertThat(first.state()).isEqualTo(EventResultState.PUBLISHED);
        assertThat(first.publication().orElseThrow().resultNumber()).isEqualTo(1);
        assertThat(first.publication().orElseThrow().firstPublishedAt()).isEqualTo(SCORED);
        assertThat(first.publication().orElseThrow().publishedBy()).isEqualTo(ADMIN);
        assertThat(second.publication().orElseThrow().resultNumber()).isEqualTo(2);
        assertThat(second.publication().orElseThrow().firstPublishedAt()).isEqualTo(SCORED.plusSeconds(3600));
        assertThat(results.entries(drawing)).extracting(e -> e.performer().id(), EntryResult::mark, EntryResult::rank,
                        EntryResult::points)
                .containsExactlyInAnyOrder(tuple(112L, new BigDecimal("62.00"), 1, 10),
                        tuple(113L, new BigDecimal("62.00"), 1, 10), tuple(114L, new BigDecimal("39.99"), 3, 1));
        assertThat(draws.find(drawing).orElseThrow().seed()).isEqualTo(LegacyResultPolicy.seedFor(YEAR, drawing));
        assertThat(sheets.panel(drawing)).singleElement().satisfies(sheet -> {
            assertThat(sheet.judge()).isEqualTo(ADMIN);
            assertThat(sheet.submission().orElseThrow().byTabulator()).isTrue();
            assertThat(sheet.marks()).hasSize(3);
        });
        assertThat(report.skippedRows()).extracting(LegacyImportReport.Row::legacyId, LegacyImportReport.Row::text)
                .containsExactlyInAnyOrder(tuple(5L, "a second score card for participation 13"),
                        tuple(6L, "participant 999 is not the member of participation 15"),
                        tuple(7L, "orphan: participation 77 does not exist"),
                        tuple(8L, "orphan: participation 16 does not exist"),
                        tuple(9L, "mark 100.01 is not between 0 and 100"));
        assertThat(report.notes()).extracting(LegacyImportReport.Row::legacyId, LegacyImportReport.Row::text)
                .contains(tuple(2L, "1 imported entry of the event had no score card that could be imported: not"
                                + " in its order of appearance or result"),
                        tuple(3L, "old grade 'A' and 8 points; derived from the marks of the whole event:"
                        + " grade 'A', rank 1, 10 points"), tuple(4L, "old grade 'C' and 1 points; derived from the"
                        + " marks of the whole event: grade '', rank 3, 1 points"))
                .doesNotContain(tuple(2L, "old grade 'A' and 10 points; derived from the marks of the whole event:"
                        + " grade 'A', rank 1, 10 points"));
    }

    @Test
    void anEditionStillOpenToRegistrationTakesNoResult() {
        LegacyImportReport report = importOnce(edition(NOW.plusSeconds(60)));

        assertThat(report.counts(LegacyTable.INDIVIDUAL_SCORECARDS).imported()).isZero();
        assertThat(results.find(drawing)).isEmpty();
        assertThat(draws.find(drawing)).isEmpty();
        assertThat(report.skippedRows()).extracting(LegacyImportReport.Row::text)
                .contains("the edition's registration has not closed: an order of appearance is drawn only after"
                        + " that");
    }

    @Test
    void anEventWithAResultOfItsOwnKeepsIt() {
        results.save(EventResult.scoring(drawing, YEAR));

        LegacyImportReport report = importOnce(edition(NOW.minusSeconds(60)));

        assertThat(report.counts(LegacyTable.INDIVIDUAL_SCORECARDS).imported()).isEqualTo(1);
        assertThat(results.find(drawing).orElseThrow().state()).isEqualTo(EventResultState.SCORING);
        assertThat(report.skippedRows()).filteredOn(row -> row.legacyId() == 2)
                .extracting(LegacyImportReport.Row::text)
                .containsExactly("the event already has a result (SCORING) in the edition");
    }

    @Test
    void aSecondPassImportsNothingAndDrawsNoNumber() {
        Edition edition = edition(NOW.minusSeconds(60));
        LegacyImportReport first = importOnce(edition);
        LegacyImportReport second = pass(edition);

        assertThat(second.counts(LegacyTable.INDIVIDUAL_SCORECARDS).imported()).isZero();
        assertThat(second.counts(LegacyTable.INDIVIDUAL_SCORECARDS).alreadyImported()).isEqualTo(4);
        assertThat(second.counts(LegacyTable.INDIVIDUAL_SCORECARDS).skipped())
                .isEqualTo(first.counts(LegacyTable.INDIVIDUAL_SCORECARDS).skipped());
        assertThat(numbers.next(YEAR)).isEqualTo(3);
    }
}
