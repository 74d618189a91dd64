package org.kalamela.application.festival.document;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.document.DocumentPrinter;
import org.kalamela.application.document.PrintedColumn;
import org.kalamela.application.document.PrintedSheet;
import org.kalamela.application.export.RowSource;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.Criterion;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * Prints the judges' sheets of an event, one page for each judge of its panel with the judge's name, or one
 * with a blank name when no panel is seated yet: the code letters in order of appearance, a blank column for
 * each criterion with its maximum, a blank total out of 100, and the judge's signature. Code letters only:
 * the sheet never prints a name, unit or chest number, so the judge marks without knowing who performed.
 * The criteria are the event's, or the default single "Overall" of 100. Only the admin; audited.
 */
@UseCase
public class PrintJudgeSheets {

    static final int PORTRAIT_CRITERIA = 5;

    private final EventPapers papers;
    private final CriteriaRepository criteria;
    private final JudgeSheetRepository sheets;
    private final DocumentPrinter printer;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PrintJudgeSheets(EventPapers papers, CriteriaRepository criteria, JudgeSheetRepository sheets,
                            DocumentPrinter printer, AuditLog audit, Clock clock) {
        this.papers = papers;
        this.criteria = criteria;
        this.sheets = sheets;
        this.printer = printer;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file name without extension, e.g. {@code judge-sheets-2026-event-12}. */
    public static String fileName(EditionYear edition, EventId event) {
        return "judge-sheets-" + edition + "-event-" + event;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an event not of the current edition
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code NOT_DRAWN} before the event's draw
     */
    @Transactional
    public void execute(EventId eventId, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN);
        EventPapers.DrawnEvent drawn = papers.drawn(eventId);
        EventCriteria marking = criteria.find(drawn.event().id()).orElse(EventCriteria.DEFAULT);
        List<String> judges = sheets.panel(drawn.event().id()).stream().map(JudgeSheet::judge)
                .map(papers::judgeName).toList();
        audit.record(AuditEntry.by(actor, "PRINT_JUDGE_SHEETS", "event", drawn.event().id(), clock.instant(), Map.of(
                "event", drawn.event().name(), "judges", Integer.toString(judges.size()))));
        List<CodeLetter> letters = drawn.draw().appearances().stream().map(Appearance::codeLetter).toList();
        List<PrintedColumn<CodeLetter>> columns = columns(marking);
        List<PrintedSheet<CodeLetter>> pages = new ArrayList<>();
        for (String judge : judges.isEmpty() ? List.of("______________________") : judges) {
            List<String> headings = new ArrayList<>(papers.headings(drawn.event()));
            headings.add("Judge: " + judge);
            pages.add(new PrintedSheet<>("Judge's sheet", headings, columns, RowSource.of(letters),
                    List.of("Judge: " + judge + "    Signature: ______________________    Date: ____________"),
                    marking.size() > PORTRAIT_CRITERIA));
        }
        printer.print(out, pages);
    }

    private static List<PrintedColumn<CodeLetter>> columns(EventCriteria marking) {
        List<PrintedColumn<CodeLetter>> columns = new ArrayList<>();
        columns.add(new PrintedColumn<>("Code", 1f, CodeLetter::value));
        for (Criterion criterion : marking.criteria()) {
            columns.add(PrintedColumn.blank(criterion.name() + " (" + EventPapers.number(criterion.maximum()) + ")",
                    1.5f));
        }
        columns.add(PrintedColumn.blank("Total (100)", 1.2f));
        return columns;
    }
}
