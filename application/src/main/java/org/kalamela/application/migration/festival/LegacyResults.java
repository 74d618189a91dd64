package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.domain.festival.certificate.CertificateReissue;
import org.kalamela.domain.festival.certificate.CertificateRepository;
import org.kalamela.domain.festival.certificate.IssuedFrom;
import org.kalamela.domain.festival.certificate.SerialGenerator;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawPolicy;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.judging.MarkInput;
import org.kalamela.domain.festival.judging.MarkPolicy;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.LegacyResultPolicy;
import org.kalamela.domain.festival.result.ResultNumberSequence;
import org.kalamela.domain.festival.result.Tabulation;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What the two score-card imports share: an event's old marks become its published result along the one-judge
 * path of the bulk score entry ({@code POST /api/v1/kalamela/scores/individual|group}), written through the same
 * ports: the scored entries (or teams) are drawn from a seed derived from the edition and the event
 * ({@link LegacyResultPolicy#seedFor}), the importing admin is seated as the event's one judge when the panel is
 * empty, enters the marks as tabulator on criterion 1 and submits the sheet; the result is tabulated for the
 * whole event (grades, ranks and points derived, never the old ones) and published with the edition's next
 * result number by the importing admin, with its certificates as publishing issues them. The old app showed its
 * results to everyone, so an imported result is public as it was. Everything is dated when the old app had the
 * event's marks, the time of its last score card (the run's time when the cards have none): the result was
 * public from then, and its appeal window closed long ago, so nobody files a new appeal against an old festival;
 * the old appeals come over as historical ones.
 */
@ApplicationScoped
public class LegacyResults {

    /** One old score card that passed its own checks: the entry or team it marks and its old values. */
    public record ScoreCard(long rowId, Performer performer, BigDecimal mark, String oldGrade, Integer oldPoints,
                            Instant addedOn) {
    }

    private final DrawRepository draws;
    private final JudgeSheetRepository sheets;
    private final CriteriaRepository criteria;
    private final EventResultRepository results;
    private final ResultNumberSequence resultNumbers;
    private final JudgingLocks locks;
    private final CertificateRepository certificates;
    private final SerialGenerator serials;

    @Inject
    public LegacyResults(DrawRepository draws, JudgeSheetRepository sheets, CriteriaRepository criteria,
                         EventResultRepository results, ResultNumberSequence resultNumbers, JudgingLocks locks,
                         CertificateRepository certificates, SerialGenerator serials) {
        this.draws = draws;
        this.sheets = sheets;
        this.criteria = criteria;
        this.results = results;
        this.resultNumbers = resultNumbers;
        this.locks = locks;
        this.certificates = certificates;
        this.serials = serials;
    }

    /**
     * Publishes the event's result from its score cards, or skips every card with the reason the event cannot
     * take them ({@link LegacyResultPolicy#eventRefusal}).
     */
    public void publish(FestivalEvent event, List<ScoreCard> cards, ImportBatch batch) {
        if (cards.isEmpty()) {
            return;
        }
        EventId id = event.id();
        locks.lockEvent(id);
        List<JudgeSheet> panel = sheets.panel(id);
        Optional<String> refusal = LegacyResultPolicy.eventRefusal(
                batch.run().edition().registrationWindow().hasClosed(batch.run().at()), results.find(id),
                sheets.marksExist(id), draws.find(id).isPresent(), panel.size(),
                criteria.find(id).map(EventCriteria::size).orElse(1));
        if (refusal.isPresent()) {
            cards.forEach(card -> batch.skipped(card.rowId(), refusal.get()));
            return;
        }
        Edition edition = batch.run().edition();
        Instant at = cards.stream().map(ScoreCard::addedOn).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(batch.run().at());
        AccountId importer = batch.run().importer();
        DrawSeed seed = LegacyResultPolicy.seedFor(edition.year(), id);
        Draw draw = new Draw(id, edition.year(), seed, importer, at,
                DrawPolicy.order(cards.stream().map(ScoreCard::performer).toList(), seed));
        draws.replace(draw);
        EventCriteria fixed = criteria.fixed(id);
        AccountId judge = panel.isEmpty() ? importer : panel.get(0).judge();
        if (panel.isEmpty()) {
            sheets.assign(id, judge, importer, at);
        }
        Map<Performer, String> letters = draw.appearances().stream().collect(Collectors.toMap(
                appearance -> appearance.performer(), appearance -> appearance.codeLetter().value()));
        List<MarkInput> inputs = new ArrayList<>();
        cards.forEach(card -> inputs.add(new MarkInput(letters.get(card.performer()), 1, card.mark())));
        List<SheetMark> marks = MarkPolicy.checked(fixed, draw.codeLetters(), inputs);
        Submission submission = new Submission(at, importer, true);
        sheets.saveMarks(id, judge, marks, importer, true, at);
        sheets.submit(id, judge, submission);
        EventResult tabulated = EventResult.scoring(id, edition.year()).tabulate(at);
        results.save(tabulated);
        List<EntryResult> entries = new Tabulation(edition.rules()).tabulate(draw,
                List.of(new JudgeSheet(id, judge, marks, Optional.of(submission))));
        results.replaceEntries(tabulated, entries);
        EventResult published = tabulated.publish(() -> resultNumbers.next(edition.year()), at, importer);
        results.save(published);
        issueCertificates(published, importer);
        Map<Performer, EntryResult> byPerformer = entries.stream()
                .collect(Collectors.toMap(EntryResult::performer, Function.identity()));
        for (ScoreCard card : cards) {
            noteDifference(card, byPerformer.get(card.performer()), batch);
            batch.imported(card.rowId(), card.performer().id());
        }
    }

    /**
     * The published result's certificates, as publishing issues them (ADR-19: no result is public without its
     * certificates), through the same domain rule and ports; dated as the publication.
     */
    private void issueCertificates(EventResult published, AccountId importer) {
        IssuedFrom from = new IssuedFrom(published.event(), published.edition(), published.revision(),
                published.publication().orElseThrow().publishedAt(), importer);
        CertificateReissue.Outcome outcome = CertificateReissue.issue(from, certificates.valid(published.event()),
                certificates.recipients(published.event()), serials);
        certificates.voidAll(outcome.voided());
        certificates.issue(outcome.issued());
    }

    /** The old grade and points were the old app's arithmetic: the derived ones replace them, a difference is noted. */
    private static void noteDifference(ScoreCard card, EntryResult derived, ImportBatch batch) {
        String oldGrade = card.oldGrade() == null ? "" : card.oldGrade().strip().toUpperCase(Locale.ROOT);
        String newGrade = derived.grade().letter().orElse("");
        if (!oldGrade.equals(newGrade) || card.oldPoints() != null && card.oldPoints() != derived.points()) {
            batch.note(card.rowId(), "old grade '" + oldGrade + "' and " + card.oldPoints()
                    + " points; derived from the marks of the whole event: grade '" + newGrade + "', rank "
                    + derived.rank() + ", " + derived.points() + " points");
        }
    }
}
