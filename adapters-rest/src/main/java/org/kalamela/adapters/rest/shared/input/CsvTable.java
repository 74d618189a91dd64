package org.kalamela.adapters.rest.shared.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.validation.ControlCharacters;
import org.kalamela.domain.shared.validation.RowErrors;

/**
 * A CSV file as office software writes it (RFC 4180: commas, double quotes around fields that need them, a
 * doubled quote inside, CRLF, LF or CR line ends, an optional UTF-8 byte-order mark): a header row, then
 * records. The one CSV reader of the application (uploads and the demo data alike); Apache Commons CSV splits
 * the records, this class adds what an import needs around it.
 * Blank lines are skipped, so record {@code i} is the {@code i}-th non-blank line after the header; each
 * record keeps the line of the file it starts on (the header is line 1), for errors a user can find.
 * Columns are found by header name ignoring case, spaces, underscores and hyphens
 * ({@code conference_official_limit} and {@code Conference Official Limit} are one column). Which columns
 * mean what is for each context's importer to say. A line holding only blanks counts as blank; text after a
 * closing quote joins the field ({@code "ab"c} is {@code abc}), as the spreadsheet programs read it.
 *
 * <p>Where text enters from files: the bytes must be UTF-8 ({@link #decode}: anything else, such as a Latin-1
 * export, is {@code FILE_NOT_UTF8}, whichever route the file came by), and no cell may hold a control
 * character other than tab and line breaks ({@link ControlCharacters#checkText}); those cells are field
 * errors {@code file} naming the line, at most {@value RowErrors#REPORTED_ROWS} lines of them with the count.
 */
public final class CsvTable {

    /** RFC 4180, skipping empty lines, keeping what follows a closing quote in the field. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrailingData(true)
            .get();

    /** A parsed line: the line of the file it starts on and its cells. */
    private record Line(int number, List<String> cells) {
    }

    private final Map<String, Integer> columns;
    private final List<Line> records;

    private CsvTable(Map<String, Integer> columns, List<Line> records) {
        this.columns = columns;
        this.records = records;
    }

    /**
     * The text of a CSV file's bytes, read strictly as UTF-8: a byte sequence that is not UTF-8 is refused
     * ({@code FILE_NOT_UTF8} on {@code file}, naming the offset of the first bad byte), never replaced.
     */
    public static String decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(input).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput(ErrorCode.FILE_NOT_UTF8, "The file is not UTF-8 text; save it as CSV UTF-8 and try again",
                    List.of(new FieldError("file", "must be UTF-8 text (the first byte that is not is at offset "
                            + firstBadByte(bytes) + ")")));
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        return input.position();
    }

    /** Parses {@code text} ({@code null} is an empty file, which is a field error on {@code file}). */
    public static CsvTable parse(String text) {
        return parse(text, List.of());
    }

    /** As {@link #parse(String)}; the error for an empty file names the {@code expected} columns. */
    public static CsvTable parse(String text, List<String> expected) {
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = lines(body);
        if (lines.isEmpty()) {
            String names = expected.isEmpty() ? "" : " " + String.join(",", expected);
            throw InvalidInput.field("file", "is empty; the first line names the columns" + names);
        }
        refuseControlCharacters(lines);
        Map<String, Integer> columns = new TreeMap<>();
        List<String> header = lines.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
        return new CsvTable(columns, lines.subList(1, lines.size()));
    }

    public int size() {
        return records.size();
    }

    /** The line of the file on which record {@code record} starts. */
    public int line(int record) {
        return records.get(record).number();
    }

    /** The column named by one of the names; a field error on {@code file} when required and missing. */
    public Optional<Integer> column(List<String> names, boolean required, String description) {
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

    /** The value of the named column's cell ({@link #cell(int, Optional)}); {@code null} without that column. */
    public String cell(int record, String column) {
        return cell(record, column(List.of(column), false, column));
    }

    /** The value of a cell, trimmed; {@code null} when the record is shorter or the cell is blank. */
    public String cell(int record, Optional<Integer> column) {
        List<String> values = records.get(record).cells();
        if (column.isEmpty() || column.get() >= values.size()) {
            return null;
        }
        String value = values.get(column.get()).strip();
        return value.isEmpty() ? null : value;
    }

    private static void refuseControlCharacters(List<Line> lines) {
        RowErrors errors = new RowErrors();
        for (Line line : lines) {
            List<String> cells = line.cells();
            for (int column = 0; column < cells.size(); column++) {
                OptionalInt bad = ControlCharacters.firstIn(cells.get(column), true);
                if (bad.isPresent()) {
                    errors.add("line " + line.number(), new FieldError("file", "line " + line.number() + ", column "
                            + (column + 1) + ": " + ControlCharacters.message(cells.get(column), bad.getAsInt())));
                }
            }
        }
        errors.throwIfAny(ErrorCode.VALIDATION_FAILED, "The file has cells with control characters; nothing was imported");
    }

    private static String key(String name) {
        return name.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        LineCounter counter = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                int start = firstCharacterOf(text, (int) record.getCharacterPosition());
                if (!blank(record, text, start)) {
                    lines.add(new Line(counter.lineAt(start), record.toList()));
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
        return lines;
    }

    /** Reading from a string fails only on malformed text, above all a quote left open to the end. */
    private static InvalidInput unreadable(IOException e) {
        String reason = String.valueOf(e.getMessage());
        return InvalidInput.field("file", reason.contains("EOF reached before encapsulated token finished")
                ? "has a quoted field that is never closed" : "cannot be read as CSV: " + reason);
    }

    /**
     * Where a record really starts: Commons CSV reports the position before the empty lines it skipped, so
     * the line breaks there are passed over.
     */
    private static int firstCharacterOf(String text, int position) {
        int at = position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** A line of nothing but blanks, unquoted: skipped like an empty line. */
    private static boolean blank(CSVRecord record, String text, int start) {
        return record.size() == 1 && record.get(0).isBlank()
                && text.substring(start).stripLeading().indexOf('"') != 0;
    }

    /** The line (from 1) of a position in the text, counting CRLF, LF and a lone CR each as one line end. */
    private static final class LineCounter {

        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** Positions must come in increasing order, as records do. */
        int lineAt(int target) {
            for (; position < target; position++) {
                char c = text.charAt(position);
                if (c == '\n' || c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n')) {
                    line++;
                }
            }
            return line;
        }
    }
}
