package org.kalamela.domain.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.InvalidRows;

class ValidationTest {

    @Test
    void every_failed_check_and_missing_value_is_reported_together() {
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> new Validation()
                .required(null, "name")
                .required("  ", "phone")
                .required("x", "email")
                .check(false, "age", "must be 0 or more")
                .check(true, "size", "never reported")
                .throwIfInvalid());
        assertThat(invalid.errors()).containsExactly(
                new FieldError("name", "is required"),
                new FieldError("phone", "is required"),
                new FieldError("age", "must be 0 or more"));
    }

    @Test
    void nothing_is_thrown_while_no_error_was_kept() {
        Validation validation = new Validation().required("x", "name").check(true, "age", "bad");
        assertThat(validation.hasErrors()).isFalse();
        assertThat(validation.count()).isZero();
        assertThatCode(validation::throwIfInvalid).doesNotThrowAnyException();
        assertThatCode(() -> validation.throwRowsIfInvalid(ErrorCode.VALIDATION_FAILED, "message")).doesNotThrowAnyException();
    }

    @Test
    void read_returns_the_parsed_value_or_keeps_the_parsers_errors_and_returns_null() {
        Validation validation = new Validation();
        assertThat(validation.read(() -> 42)).isEqualTo(42);
        Integer unread = validation.read(() -> {
            throw InvalidInput.field("year", "must be a year");
        });
        assertThat(unread).isNull();
        assertThat(validation.count()).isEqualTo(1);
        assertThatThrownBy(validation::throwIfInvalid).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("year", "must be a year")));
    }

    @Test
    void a_check_that_throws_field_errors_is_kept_rather_than_thrown() {
        Validation validation = new Validation().check(() -> {
            throw InvalidInput.field("dateOfBirth", "must be in the past");
        });
        assertThat(validation.hasErrors()).isTrue();
    }

    @Test
    void a_value_that_could_not_be_read_is_not_reported_again_as_missing() {
        Validation validation = new Validation();
        Object phone = validation.read(() -> {
            throw InvalidInput.field("phone", "must have ten digits");
        });
        validation.required(phone, "phone").required(null, "name");
        assertThatThrownBy(validation::throwIfInvalid).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("phone", "name"));
    }

    @Test
    void a_nested_body_names_its_fields_under_its_path_and_an_empty_path_leaves_them_as_they_are() {
        Validation validation = new Validation();
        validation.under("rules.juniorBirthDates.").read(() -> {
            throw InvalidInput.field("to", "must not be before from");
        });
        validation.under("").add("year", "is required");
        validation.under("rules.").element("grades", 1).required(null, "points");
        assertThatThrownBy(validation::throwIfInvalid).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("rules.juniorBirthDates.to", "year", "rules.grades[1].points"));
    }

    @Test
    void a_required_value_is_handed_back_whether_or_not_it_is_missing() {
        Validation validation = new Validation();
        assertThat(validation.requiredValue("50.00", "fee")).isEqualTo("50.00");
        assertThat(validation.hasErrors()).isFalse();
        assertThat(validation.<String>requiredValue(null, "fee")).isNull();
        assertThat(validation.requiredValue(" ", "deposit")).isEqualTo(" ");
        assertThatThrownBy(validation::throwIfInvalid).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("fee", "is required"),
                        new FieldError("deposit", "is required")));
    }

    @Test
    void an_element_names_its_fields_under_the_list_and_shares_the_errors() {
        Validation validation = new Validation();
        Validation row = validation.element("rows", 12);
        row.required(null, "category").add("name", "is too long");
        row.read(() -> {
            throw InvalidInput.field("shortCode", "is taken");
        });
        assertThat(validation.count()).isEqualTo(3);
        assertThatThrownBy(validation::throwIfInvalid).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("rows[12].category", "rows[12].name", "rows[12].shortCode"));
    }

    @Test
    void errors_can_be_thrown_under_their_own_code_and_message() {
        Validation validation = new Validation().add("file", "is empty");
        assertThatThrownBy(() -> validation.throwIfInvalid(ErrorCode.EVENT_IMPORT_INVALID, "Nothing was imported"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.code()).isEqualTo("EVENT_IMPORT_INVALID");
                    assertThat(e.getMessage()).isEqualTo("Nothing was imported");
                });
    }

    @Test
    void an_imports_errors_are_thrown_as_bad_rows() {
        Validation validation = new Validation();
        validation.element("rows", 2).add("name", "is required");
        validation.element("rows", 2).add("kind", "is required");
        validation.element("rows", 5).add("name", "is required");
        assertThatThrownBy(() -> validation.throwRowsIfInvalid(ErrorCode.EVENT_IMPORT_INVALID, "invalid rows"))
                .isInstanceOfSatisfying(InvalidRows.class, e -> {
                    assertThat(e.badRows()).isEqualTo(2);
                    assertThat(e.errors()).hasSize(3);
                    assertThat(e.code()).isEqualTo("EVENT_IMPORT_INVALID");
                });
    }
}
