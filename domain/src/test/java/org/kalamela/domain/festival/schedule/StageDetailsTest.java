package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

class StageDetailsTest {

    @Test
    void names_and_locations_are_trimmed() {
        StageDetails details = new StageDetails("  Main stage ", " Town hall  ", 500);
        assertThat(details.name()).isEqualTo("Main stage");
        assertThat(details.location()).isEqualTo("Town hall");
    }

    @Test
    void every_missing_field_is_named_at_once() {
        assertThatThrownBy(() -> new StageDetails(" ", null, null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("name", "location", "capacity"));
    }

    @ParameterizedTest(name = "capacity {0} is refused")
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, StageDetails.MAX_CAPACITY + 1})
    void a_capacity_outside_one_to_the_maximum_is_refused(int capacity) {
        assertThatThrownBy(() -> new StageDetails("Main", "Hall", capacity)).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("capacity"));
    }

    @ParameterizedTest(name = "capacity {0} is accepted")
    @ValueSource(ints = {1, 2, StageDetails.MAX_CAPACITY})
    void a_capacity_of_one_to_the_maximum_is_accepted(int capacity) {
        assertThat(new StageDetails("Main", "Hall", capacity).capacity()).isEqualTo(capacity);
    }

    @Test
    void names_and_locations_have_a_maximum_length() {
        assertThat(new StageDetails("n".repeat(80), "l".repeat(120), 1).name()).hasSize(80);
        assertThatThrownBy(() -> new StageDetails("n".repeat(81), "l".repeat(121), 1)).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("name", "location"));
    }
}
