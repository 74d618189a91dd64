package org.kalamela.adapters.rest.festival.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.rest.shared.input.CsvTable;
import org.kalamela.application.festival.event.EventImportRow;

/**
 * Reads an events file in the shape of {@code data/kalamela-events.csv} ({@link CsvTable}) into the import's
 * rows, each with its line in the file (the header is line 1), under which the import reports the row's
 * errors. {@code kind}, {@code name} and {@code category} are required columns; the others may be missing.
 */
final class EventsCsv {

    private static final List<String> COLUMNS = List.of("kind", "name", "category", "mandatory", "gender",
            "seniority", "min_team_size", "max_team_size", "teams_per_unit");

    private EventsCsv() {
    }

    static List<EventImportRow> rows(String text) {
        CsvTable table = CsvTable.parse(text, COLUMNS);
        for (String required : List.of("kind", "name", "category")) {
            table.column(List.of(required), true, required);
        }
        List<Optional<Integer>> columns = COLUMNS.stream()
                .map(column -> table.column(List.of(column), false, column))
                .toList();
        List<EventImportRow> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            int record = i;
            List<String> cells = columns.stream().map(column -> table.cell(record, column)).toList();
            rows.add(new EventImportRow(table.line(i), cells.get(0), cells.get(1), cells.get(2), cells.get(3),
                    cells.get(4), cells.get(5), cells.get(6), cells.get(7), cells.get(8)));
        }
        return rows;
    }
}
