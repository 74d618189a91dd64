package org.kalamela.application.festival.document;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.document.DocumentPrinter;
import org.kalamela.application.document.PrintedColumn;
import org.kalamela.application.document.PrintedSheet;
import org.kalamela.application.export.RowSource;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * Prints an event's tabulation sheet: the code letters in order of appearance, each judge's total, the final
 * mark, grade and rank. Once the result is computed the columns are filled from the judges' sheets and the
 * stored result; before, they are blank, for the tabulators to fill in by hand (three judge columns when no
 * panel is seated). No names: the sheet is read beside the judges' sheets. Only the admin; audited.
 */
@UseCase
public class PrintTabulationSheet {

    static final int PORTRAIT_JUDGES = 3;
    private static final List<String> HAND_FILLED = List.of("Judge 1", "Judge 2", "Judge 3");

    private final EventPapers papers;
    private final JudgeSheetRepository sheets;
    private final EventResultRepository results;
    private final DocumentPrinter printer;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PrintTabulationSheet(EventPapers papers, JudgeSheetRepository sheets, EventResultRepository results,
                                DocumentPrinter printer, AuditLog audit, Clock clock) {
        this.papers = papers;
        this.sheets = sheets;
        this.results = results;
        this.printer = printer;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file name without extension, e.g. {@code tabulation-sheet-2026-event-12}. */
    public static String fileName(EditionYear edition, EventId event) {
        return "tabulation-sheet-" + edition + "-event-" + event;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an event not of the current edition
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code NOT_DRAWN} before the event's draw
     */
    @Transactional
    public void execute(EventId eventId, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN);
        EventPapers.DrawnEvent drawn = papers.drawn(eventId);
        EventId event = drawn.event().id();
        Optional<EventResult> computed = results.find(event).filter(EventResult::isComputed);
        List<JudgeSheet> panel = sheets.panel(event);
        Map<CodeLetter, EntryResult> byLetter = new HashMap<>();
        computed.ifPresent(r -> results.entries(event).forEach(entry -> byLetter.put(entry.codeLetter(), entry)));
        audit.record(AuditEntry.by(actor, "PRINT_TABULATION_SHEET", "event", event, clock.instant(), Map.of(
                "event", drawn.event().name(), "result", computed.map(r -> r.state().name()).orElse("NOT_COMPUTED"))));

        List<PrintedColumn<CodeLetter>> columns = new ArrayList<>();
        columns.add(new PrintedColumn<>("Code", 1f, CodeLetter::value));
        if (panel.isEmpty()) {
            HAND_FILLED.forEach(judge -> columns.add(PrintedColumn.blank(judge, 1.4f)));
        }
        for (JudgeSheet sheet : panel) {
            columns.add(new PrintedColumn<>(papers.judgeName(sheet.judge()), 1.4f,
                    letter -> computed.isPresent() ? EventPapers.number(sheet.total(letter)) : ""));
        }
        columns.add(new PrintedColumn<>("Mark", 1.1f,
                letter -> result(byLetter, letter).map(r -> EventPapers.number(r.mark())).orElse("")));
        columns.add(new PrintedColumn<>("Grade", 0.9f,
                letter -> result(byLetter, letter).map(r -> r.grade().letter().orElse("-")).orElse("")));
        columns.add(new PrintedColumn<>("Rank", 0.8f,
                letter -> result(byLetter, letter).map(r -> Integer.toString(r.rank())).orElse("")));

        List<String> headings = new ArrayList<>(papers.headings(drawn.event()));
        headings.add(computed.map(PrintTabulationSheet::state)
                .orElse("Result not computed yet: the columns are filled in by hand"));
        List<CodeLetter> letters = drawn.draw().appearances().stream().map(Appearance::codeLetter).toList();
        printer.print(out, new PrintedSheet<>("Tabulation sheet", headings, columns, RowSource.of(letters),
                List.of("Tabulated by: ______________________    Signature: ______________________",
                        "Checked by: ______________________    Signature: ______________________"),
                Math.max(panel.size(), HAND_FILLED.size()) > PORTRAIT_JUDGES));
    }

    private static Optional<EntryResult> result(Map<CodeLetter, EntryResult> byLetter, CodeLetter letter) {
        return Optional.ofNullable(byLetter.get(letter));
    }

    private static String state(EventResult result) {
        return "Result: " + result.state() + result.publication()
                .map(p -> ", result number " + p.resultNumber() + ", revision " + result.revision()).orElse("");
    }
}
