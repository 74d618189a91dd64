package org.kalamela.adapters.rest.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kalamela.domain.shared.InvalidInput;

/**
 * A CSV file as office software writes it (RFC 4180: commas, double quotes around fields that need them, a
 * doubled quote inside, CRLF or LF line ends, an optional UTF-8 byte-order mark): a header row, then records.
 * Blank lines are skipped, so record {@code i} is the {@code i}-th non-blank line after the header.
 * Columns are found by header name ignoring case, spaces and underscores ({@code conference_official_limit}
 * and {@code Conference Official Limit} are one column).
 */
final class CsvTable {

    private final Map<String, Integer> columns;
    private final List<List<String>> records;

    private CsvTable(Map<String, Integer> columns, List<List<String>> records) {
        this.columns = columns;
        this.records = records;
    }

    static CsvTable parse(String text) {
        List<List<String>> lines = lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (lines.isEmpty()) {
            throw InvalidInput.field("file", "is empty; the first line names the columns");
        }
        Map<String, Integer> columns = new TreeMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
        return new CsvTable(columns, lines.subList(1, lines.size()));
    }

    int size() {
        return records.size();
    }

    /** The column named by one of the names; a field error on {@code file} when required and missing. */
    Optional<Integer> column(List<String> names, boolean required, String description) {
        for (String name : names) {
            Integer index = columns.get(key(name));
            if (index != null) {
                return Optional.of(index);
            }
        }
        if (required) {
            throw InvalidInput.field("file", "has no column " + description);
        }
        return Optional.empty();
    }

    /** The value of a cell, trimmed; {@code null} when the record is shorter or the cell is blank. */
    String cell(int record, Optional<Integer> column) {
        List<String> values = records.get(record);
        if (column.isEmpty() || column.get() >= values.size()) {
            return null;
        }
        String value = values.get(column.get()).strip();
        return value.isEmpty() ? null : value;
    }

    private static String key(String name) {
        return name.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }

    private static List<List<String>> lines(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                blank = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endLine(lines, fields, field, blank);
                fields = new ArrayList<>();
                blank = true;
            } else {
                field.append(c);
                blank &= Character.isWhitespace(c);
            }
        }
        if (quoted) {
            throw InvalidInput.field("file", "has a quoted field that is never closed");
        }
        endLine(lines, fields, field, blank);
        return lines;
    }

    private static void endLine(List<List<String>> lines, List<String> fields, StringBuilder field, boolean blank) {
        if (!blank) {
            fields.add(field.toString());
            lines.add(List.copyOf(fields));
        }
        field.setLength(0);
    }
}
