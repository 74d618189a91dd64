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
import org.kalamela.application.festival.query.ResultExportReader;
import org.kalamela.application.festival.query.ResultExportRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * The admin exports the results: places 1 to 3 of every event with a computed result, with unit and
 * district, mark, grade and points, and the result's state and number (a tabulated result is in the file
 * before it is public, marked so). Streamed from the read port; audited before anything is written.
 */
@UseCase
public class ExportResults {

    private static final List<ColumnSpec<ResultExportRow>> COLUMNS = List.of(
            ColumnSpec.text("Event", ResultExportRow::eventName),
            ColumnSpec.number("Result number", ResultExportRow::resultNumber),
            ColumnSpec.text("State", ResultExportRow::state),
            ColumnSpec.number("Rank", ResultExportRow::rank),
            ColumnSpec.text("Chest number / team", ResultExportRow::code),
            ColumnSpec.text("Name", ResultExportRow::name),
            ColumnSpec.text("Unit", ResultExportRow::unitName),
            ColumnSpec.text("District", ResultExportRow::districtName),
            ColumnSpec.number("Mark", ResultExportRow::mark),
            ColumnSpec.text("Grade", ResultExportRow::grade),
            ColumnSpec.number("Points", ResultExportRow::points));

    private final ResultExportReader rows;
    private final AuditedExport exports;
    private final CurrentEdition editions;

    @Inject
    public ExportResults(ResultExportReader rows, AuditedExport exports, CurrentEdition editions) {
        this.rows = rows;
        this.exports = exports;
        this.editions = editions;
    }

    /** A file name without extension that says what the file holds, e.g. {@code results-2026}. */
    public static String fileName(EditionYear edition) {
        return "results-" + edition;
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
        exports.write(actor, "EXPORT_RESULTS", fileName(year), Map.of("edition", year.toString()),
                Spreadsheet.of(new SheetSpec<>("Results", COLUMNS, rows.topThree(year))), out);
    }
}
