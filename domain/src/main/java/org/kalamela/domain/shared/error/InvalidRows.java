package org.kalamela.domain.shared.error;

import java.util.List;

/**
 * An import with invalid rows (400): {@link #errors()} lists the errors of the first
 * {@link RowErrors#REPORTED_ROWS} bad rows only, {@link #badRows()} counts them all, so a file with thousands
 * of bad rows answers in a size a person (and a browser) can use.
 */
public class InvalidRows extends InvalidInput {

    private final int badRows;

    public InvalidRows(ErrorCode code, String message, List<FieldError> errors, int badRows) {
        super(code, message, errors);
        this.badRows = badRows;
    }

    /** How many rows of the import are invalid, reported or not. */
    public int badRows() {
        return badRows;
    }
}
