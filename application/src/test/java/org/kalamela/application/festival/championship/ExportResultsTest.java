package org.kalamela.application.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.export.AuditedExport;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.fakes.CapturingSpreadsheetWriter.Sheet;
import org.kalamela.application.festival.fakes.InMemoryResultExportReader;
import org.kalamela.application.festival.query.MarkExportRow;
import org.kalamela.application.festival.query.ResultExportRow;
import org.kalamela.domain.festival.edition.EditionYear;

class ExportResultsTest {

    private final FestivalWorld world = new FestivalWorld();
    private final InMemoryResultExportReader rows = new InMemoryResultExportReader();
    private final AuditedExport exports = new AuditedExport(world.fakes.spreadsheets, world.fakes.audit, world.clock);
    private final ExportResults exportResults = new ExportResults(rows, exports, world.currentEdition);
    private final ExportMarks exportMarks = new ExportMarks(rows, exports, world.currentEdition);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void the_results_sheet_lists_each_place_with_unit_district_mark_grade_and_points() {
        rows.add(new ResultExportRow("Light music", "PUBLISHED", 1, 1, "1001", "Anu", "Bethel", "Kottayam",
                new BigDecimal("81.50"), "A", 10));
        rows.add(new ResultExportRow("Group song", "TABULATED", null, 1, "GS-1", "Anu, Biju", "Zion", "Kottayam",
                new BigDecimal("70.00"), "A", 5));

        exportResults.execute(null, world.admin, out);

        Sheet sheet = world.fakes.spreadsheets.sheets().get(0);
        assertThat(sheet.name()).isEqualTo("Results");
        assertThat(sheet.headers()).containsExactly("Event", "Result number", "State", "Rank", "Chest number / team",
                "Name", "Unit", "District", "Mark", "Grade", "Points");
        assertThat(sheet.rows()).containsExactly(
                Arrays.asList("Light music", 1, "PUBLISHED", 1, "1001", "Anu", "Bethel", "Kottayam",
                        new BigDecimal("81.50"), "A", 10),
                Arrays.asList("Group song", null, "TABULATED", 1, "GS-1", "Anu, Biju", "Zion", "Kottayam",
                        new BigDecimal("70.00"), "A", 5));
        assertThat(world.fakes.audit.last("EXPORT_RESULTS").targetId()).isEqualTo("results-2026");
        assertThat(rows.asked()).containsExactly(EditionYear.of(2026));
    }

    @Test
    void the_marks_sheet_lists_every_mark_per_judge_and_criterion() {
        rows.add(new MarkExportRow("Light music", "A", "1001", "Anu", "Meera", "Overall", new BigDecimal("100.00"),
                new BigDecimal("72.25"), true, false));

        exportMarks.execute(EditionYear.of(2026), world.admin, out);

        Sheet sheet = world.fakes.spreadsheets.sheets().get(0);
        assertThat(sheet.name()).isEqualTo("Marks");
        assertThat(sheet.headers()).containsExactly("Event", "Code letter", "Chest number / team", "Name", "Judge",
                "Criterion", "Maximum", "Mark", "By tabulator", "Sheet submitted");
        assertThat(sheet.rows()).containsExactly(List.of("Light music", "A", "1001", "Anu", "Meera", "Overall",
                new BigDecimal("100.00"), new BigDecimal("72.25"), true, false));
        assertThat(world.fakes.audit.last("EXPORT_MARKS").targetId()).isEqualTo("marks-2026");
    }

    @Test
    void only_the_admin_exports_and_an_unknown_edition_is_not_found() {
        assertForbidden(() -> exportResults.execute(null, world.official, out));
        assertForbidden(() -> exportMarks.execute(null, world.official, out));
        assertNotFound(() -> exportResults.execute(EditionYear.of(2990), world.admin, out), "NOT_FOUND");
        assertNotFound(() -> exportMarks.execute(EditionYear.of(2990), world.admin, out), "NOT_FOUND");
        assertThat(world.fakes.audit.actions()).isEmpty();
    }
}
