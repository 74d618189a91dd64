package org.kalamela.adapters.rest.festival;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kalamela.application.festival.event.EventImportRow;
import org.kalamela.domain.shared.InvalidInput;

/**
 * Reads an events file in the shape of {@code data/kalamela-events.csv} (RFC 4180: commas, double quotes
 * around fields that need them, a doubled quote inside, CRLF or LF, an optional UTF-8 byte-order mark) into
 * the import's rows, each with its line in the file (the header is line 1), under which the import reports
 * the row's errors. Columns are found by header name ignoring case, spaces and underscores; blank lines
 * are skipped.
 */
final class EventsCsv {

    private static final List<String> COLUMNS = List.of("kind", "name", "category", "mandatory", "gender",
            "seniority", "min_team_size", "max_team_size", "teams_per_unit");

    private EventsCsv() {
    }

    /** A parsed line: its number in the file and its cells. */
    private record Line(int number, List<String> cells) {
    }

    static List<EventImportRow> rows(String text) {
        List<Line> lines = lines(text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (lines.isEmpty()) {
            throw InvalidInput.field("file", "is empty; the first line names the columns " + String.join(",", COLUMNS));
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = lines.get(0).cells();
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(key(names.get(i)), i);
        }
        for (String required : List.of("kind", "name", "category")) {
            if (!header.containsKey(key(required))) {
                throw InvalidInput.field("file", "has no column " + required);
            }
        }
        List<EventImportRow> rows = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            List<String> cells = COLUMNS.stream().map(column -> cell(line, header.get(key(column)))).toList();
            rows.add(new EventImportRow(line.number(), cells.get(0), cells.get(1), cells.get(2), cells.get(3),
                    cells.get(4), cells.get(5), cells.get(6), cells.get(7), cells.get(8)));
        }
        return rows;
    }

    private static String cell(Line line, Integer column) {
        if (column == null || column >= line.cells().size()) {
            return null;
        }
        String value = line.cells().get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private static String key(String name) {
        return name.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean blank = true;
        int number = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                number++;
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                blank = false;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                    number++;
                }
                end(lines, start, cells, cell, blank);
                cells = new ArrayList<>();
                blank = true;
                start = number;
            } else {
                cell.append(c);
                blank &= Character.isWhitespace(c);
            }
        }
        if (quoted) {
            throw InvalidInput.field("file", "has a quoted field that is never closed");
        }
        end(lines, start, cells, cell, blank);
        return lines;
    }

    private static void end(List<Line> lines, int number, List<String> cells, StringBuilder cell, boolean blank) {
        if (!blank) {
            cells.add(cell.toString());
            lines.add(new Line(number, List.copyOf(cells)));
        }
        cell.setLength(0);
    }
}
