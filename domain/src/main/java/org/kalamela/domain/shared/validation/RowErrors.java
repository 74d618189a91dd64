package org.kalamela.domain.shared.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidRows;

/**
 * How an import reports its bad rows: every error of the first {@value #REPORTED_ROWS} bad rows (in the order
 * they were found) and the number of bad rows in all. An error belongs to the row its field names
 * ({@code rows[12].category} to {@code rows[12]}); an error of no row ({@code file}, {@code edition}) is
 * always reported and is not counted as a row.
 */
public final class RowErrors {

    public static final int REPORTED_ROWS = 100;

    private static final Pattern ROW = Pattern.compile("^(rows\\[[^\\]]*\\])");

    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private final List<FieldError> reported = new ArrayList<>();

    /** Keeps {@code error} of the row {@code row} (any key; {@code null} for an error of no row). */
    public RowErrors add(String row, FieldError error) {
        if (row == null) {
            reported.add(error);
            return this;
        }
        int position = rows.computeIfAbsent(row, key -> rows.size());
        if (position < REPORTED_ROWS) {
            reported.add(error);
        }
        return this;
    }

    /** Keeps each error under the row its field names ({@code rows[i]...}). */
    public RowErrors addAll(List<FieldError> errors) {
        errors.forEach(error -> add(rowOf(error.field()), error));
        return this;
    }

    public boolean hasErrors() {
        return !reported.isEmpty();
    }

    public int badRows() {
        return rows.size();
    }

    public List<FieldError> reported() {
        return List.copyOf(reported);
    }

    /** Throws the kept errors as {@link InvalidRows}, when there are any. */
    public void throwIfAny(ErrorCode code, String message) {
        if (hasErrors()) {
            throw new InvalidRows(code, message, reported, rows.size());
        }
    }

    /** The import's field errors, at most {@value #REPORTED_ROWS} rows of them, with the count of bad rows. */
    public static InvalidRows of(ErrorCode code, String message, List<FieldError> errors) {
        RowErrors rowErrors = new RowErrors().addAll(errors);
        return new InvalidRows(code, message, rowErrors.reported, rowErrors.badRows());
    }

    private static String rowOf(String field) {
        Matcher row = ROW.matcher(field);
        return row.find() ? row.group(1) : null;
    }
}
