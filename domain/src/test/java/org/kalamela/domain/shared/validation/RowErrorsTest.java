package org.kalamela.domain.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidRows;

class RowErrorsTest {

    @Test
    void every_error_of_the_first_hundred_bad_rows_is_reported_and_all_bad_rows_are_counted() {
        List<FieldError> errors = new ArrayList<>();
        for (int row = 0; row < 250; row++) {
            errors.add(new FieldError("rows[" + row + "].name", "is required"));
            errors.add(new FieldError("rows[" + row + "].district", "no district is named X"));
        }
        InvalidRows invalid = RowErrors.of(ErrorCode.VALIDATION_FAILED, "The import has invalid rows", errors);
        assertThat(invalid.badRows()).isEqualTo(250);
        assertThat(invalid.errors()).hasSize(200);
        assertThat(invalid.errors().get(199).field()).isEqualTo("rows[99].district");
        assertThat(invalid.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void a_row_counts_once_however_many_of_its_fields_are_bad_and_in_the_order_found() {
        RowErrors rows = new RowErrors()
                .add("rows[7]", new FieldError("rows[7].name", "is required"))
                .add("rows[3]", new FieldError("rows[3].name", "is required"))
                .add("rows[7]", new FieldError("rows[7].gender", "must be M or F"));
        assertThat(rows.badRows()).isEqualTo(2);
        assertThat(rows.reported()).extracting(FieldError::field)
                .containsExactly("rows[7].name", "rows[3].name", "rows[7].gender");
    }

    @Test
    void errors_of_no_row_are_always_reported_and_not_counted() {
        List<FieldError> errors = new ArrayList<>();
        for (int row = 0; row < 120; row++) {
            errors.add(new FieldError("rows[" + row + "].name", "is required"));
        }
        errors.add(new FieldError("file", "has no column district"));
        InvalidRows invalid = RowErrors.of(ErrorCode.VALIDATION_FAILED, "The import has invalid rows", errors);
        assertThat(invalid.badRows()).isEqualTo(120);
        assertThat(invalid.errors()).hasSize(101).extracting(FieldError::field).contains("file");
    }

    @Test
    void nothing_is_thrown_without_errors() {
        RowErrors none = new RowErrors();
        none.throwIfAny(ErrorCode.EVENT_IMPORT_INVALID, "The import has invalid rows");
        assertThat(none.hasErrors()).isFalse();
        RowErrors one = new RowErrors().add("rows[2]", new FieldError("rows[2].kind", "is required"));
        assertThatThrownBy(() -> one.throwIfAny(ErrorCode.EVENT_IMPORT_INVALID, "The import has invalid rows"))
                .isInstanceOfSatisfying(InvalidRows.class, e -> {
                    assertThat(e.code()).isEqualTo("EVENT_IMPORT_INVALID");
                    assertThat(e.badRows()).isEqualTo(1);
                });
    }
}
