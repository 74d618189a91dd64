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
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.application.festival.query.OrderOfAppearanceReader;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * Prints an event's call sheet for the stage manager: the order of appearance, each place with its code letter,
 * chest number (or team code), the name (or the team's members) as stored, the unit, and a column for the
 * performer's signature; the rows stream from the reader's query. Only the admin; audited before printing.
 */
@UseCase
public class PrintCallSheet {

    private final EventPapers papers;
    private final OrderOfAppearanceReader places;
    private final DocumentPrinter printer;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PrintCallSheet(EventPapers papers, OrderOfAppearanceReader places, DocumentPrinter printer,
                          AuditLog audit, Clock clock) {
        this.papers = papers;
        this.places = places;
        this.printer = printer;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file name without extension, e.g. {@code call-sheet-2026-event-12}. */
    public static String fileName(EditionYear edition, EventId event) {
        return "call-sheet-" + edition + "-event-" + event;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an event not of the current edition
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code NOT_DRAWN} before the event's draw
     */
    @Transactional
    public void execute(EventId eventId, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN);
        EventPapers.DrawnEvent drawn = papers.drawn(eventId);
        boolean teams = drawn.event().kind() == EventKind.GROUP;
        audit.record(AuditEntry.by(actor, "PRINT_CALL_SHEET", "event", drawn.event().id(), clock.instant(), Map.of(
                "event", drawn.event().name(), "seed", drawn.draw().seed().hex())));
        List<String> headings = new ArrayList<>(papers.headings(drawn.event()));
        headings.add("Order of appearance drawn " + papers.at(drawn.draw().drawnAt()) + " (seed " + drawn.draw().seed() + ")");
        List<PrintedColumn<AppearanceRow>> columns = List.of(
                new PrintedColumn<>("No.", 0.6f, row -> Integer.toString(row.position())),
                new PrintedColumn<>("Code", 0.8f, AppearanceRow::codeLetter),
                new PrintedColumn<>(teams ? "Team code" : "Chest no.", 1.1f, AppearanceRow::number),
                new PrintedColumn<>(teams ? "Members" : "Name", 4f, AppearanceRow::names),
                new PrintedColumn<>("Unit", 2.4f, AppearanceRow::unit),
                PrintedColumn.blank("Signature", 2f));
        printer.print(out, new PrintedSheet<>("Call sheet", headings, columns, places.appearances(drawn.event().id()),
                List.of("Stage manager: ______________________    Signature: ______________________"), false));
    }
}
