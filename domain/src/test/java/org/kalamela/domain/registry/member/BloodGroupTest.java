package org.kalamela.domain.registry.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.shared.error.InvalidInput;

class BloodGroupTest {

    @Test
    void every_label_reads_back_as_its_group() {
        for (BloodGroup group : BloodGroup.values()) {
            assertThat(BloodGroup.parse(group.label(), "bloodGroup")).isEqualTo(group);
        }
    }

    @ParameterizedTest
    @CsvSource({"a+,A_POSITIVE", "ab -,AB_NEGATIVE", "O +ve,O_POSITIVE", "b-ve,B_NEGATIVE", " AB+ ,AB_POSITIVE"})
    void reads_the_spellings_people_use(String typed, BloodGroup expected) {
        assertThat(BloodGroup.parse(typed, "bloodGroup")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "C+", "AB", "O positive", "A++", "ve"})
    void refuses_anything_else_on_the_given_field(String typed) {
        assertThatThrownBy(() -> BloodGroup.parse(typed, "bloodGroup"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("bloodGroup"));
    }
}
