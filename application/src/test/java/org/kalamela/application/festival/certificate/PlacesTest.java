package org.kalamela.application.festival.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void a_place_is_worded_with_its_grade_and_a_grade_alone_without_a_place() {
        assertThat(Places.award(Optional.of("A"), 1)).isEqualTo("First place with grade A");
        assertThat(Places.award(Optional.empty(), 2)).isEqualTo("Second place");
        assertThat(Places.award(Optional.of("C"), 3)).isEqualTo("Third place with grade C");
        assertThat(Places.award(Optional.of("B"), 4)).isEqualTo("Grade B");
        assertThatThrownBy(() -> Places.award(Optional.empty(), 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
