package org.kalamela.domain.festival.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CodeLetterTest {

    @Test
    void places_are_lettered_as_spreadsheet_columns() {
        assertThat(CodeLetter.ofPosition(1)).hasToString("A");
        assertThat(CodeLetter.ofPosition(2)).hasToString("B");
        assertThat(CodeLetter.ofPosition(26)).hasToString("Z");
        assertThat(CodeLetter.ofPosition(27)).hasToString("AA");
        assertThat(CodeLetter.ofPosition(28)).hasToString("AB");
        assertThat(CodeLetter.ofPosition(52)).hasToString("AZ");
        assertThat(CodeLetter.ofPosition(53)).hasToString("BA");
        assertThat(CodeLetter.ofPosition(702)).hasToString("ZZ");
        assertThat(CodeLetter.ofPosition(703)).hasToString("AAA");
    }

    @Test
    void there_is_no_place_zero_and_letters_are_capitals() {
        assertThatThrownBy(() -> CodeLetter.ofPosition(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeLetter("a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeLetter("A1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeLetter("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void letters_sort_by_place_not_alphabetically() {
        assertThat(CodeLetter.ofPosition(27)).isGreaterThan(CodeLetter.ofPosition(26));
        assertThat(new CodeLetter("B")).isLessThan(new CodeLetter("AA"));
    }

    @Property
    void the_letters_of_a_place_name_that_place_and_no_other(@ForAll @IntRange(min = 1, max = 20_000) int place) {
        CodeLetter letter = CodeLetter.ofPosition(place);
        assertThat(letter.position()).isEqualTo(place);
        assertThat(CodeLetter.ofPosition(place + 1)).isNotEqualTo(letter);
    }
}
