package org.kalamela.application.festival.championship;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.export.AuditedExport;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.MarkExportRow;
import org.kalamela.application.festival.query.ResultExportReader;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * The admin exports every mark: per event, code letter (with the chest number or team code and name it stands
 * for), judge and criterion, with whether a tabulator entered it and whether the sheet is submitted. Streamed
 * from the read port; audited before anything is written.
 */
@UseCase
public class ExportMarks {

    private static final List<ColumnSpec<MarkExportRow>> COLUMNS = List.of(
            ColumnSpec.text("Event", MarkExportRow::eventName),
            ColumnSpec.text("Code letter", MarkExportRow::codeLetter),
            ColumnSpec.text("Chest number / team", MarkExportRow::code),
            ColumnSpec.text("Name", MarkExportRow::name),
            ColumnSpec.text("Judge", MarkExportRow::judge),
            ColumnSpec.text("Criterion", MarkExportRow::criterion),
            ColumnSpec.number("Maximum", MarkExportRow::maximum),
            ColumnSpec.number("Mark", MarkExportRow::mark),
            ColumnSpec.flag("By tabulator", MarkExportRow::byTabulator),
            ColumnSpec.flag("Sheet submitted", MarkExportRow::submitted));

    private final ResultExportReader rows;
    private final AuditedExport exports;
    private final CurrentEdition editions;

    @Inject
    public ExportMarks(ResultExportReader rows, AuditedExport exports, CurrentEdition editions) {
        this.rows = rows;
        this.exports = exports;
        this.editions = editions;
    }

    /** A file name without extension that says what the file holds, e.g. {@code marks-2026}. */
    public static String fileName(EditionYear edition) {
        return "marks-" + edition;
    }

    /**
     * @param edition null for the current edition
     * @throws org.kalamela.domain.shared.error.NotFound {@code NO_CURRENT_EDITION} without an edition and none
     *         current; {@code NOT_FOUND} for an edition that does not exist
     */
    @Transactional
    public void execute(EditionYear edition, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN);
        EditionYear year = editions.orCurrent(edition).year();
        exports.write(actor, "EXPORT_MARKS", fileName(year), Map.of("edition", year.toString()),
                Spreadsheet.of(new SheetSpec<>("Marks", COLUMNS, rows.marks(year))), out);
    }
}
