package org.kalamela.application.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetNameTest {

    @Test
    void accepts_names_of_one_to_31_characters_in_any_script() {
        assertThat(new SheetName("A").value()).isEqualTo("A");
        assertThat(new SheetName("x".repeat(31)).value()).hasSize(31);
        assertThat(new SheetName("കലാമേള 2025").value()).isEqualTo("കലാമേള 2025");
        assertThat(new SheetName("Unit's entries").value()).isEqualTo("Unit's entries");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   "})
    void rejects_an_empty_or_blank_name(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetName(name));
    }

    @Test
    void rejects_a_name_longer_than_31_characters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetName("x".repeat(32)))
                .withMessageContaining("31");
    }

    @Test
    void rejects_a_missing_name() {
        assertThatNullPointerException().isThrownBy(() -> new SheetName(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "a\u0000b", "a\tb"})
    void rejects_characters_excel_forbids(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'Results", "Results'", "'"})
    void rejects_an_apostrophe_at_either_end(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"History", "history", "HISTORY"})
    void rejects_the_name_excel_reserves(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetName(name));
    }

    @Test
    void fitting_replaces_forbidden_characters_and_trims() {
        assertThat(SheetName.fitting("Thiruvalla/East").value()).isEqualTo("Thiruvalla-East");
        assertThat(SheetName.fitting("  'Sub-Juniors'  ").value()).isEqualTo("Sub-Juniors");
        assertThat(SheetName.fitting("Results [2025]: final?").value()).isEqualTo("Results -2025-- final-");
    }

    @Test
    void fitting_cuts_long_text_to_31_characters_without_splitting_a_character() {
        assertThat(SheetName.fitting("x".repeat(40)).value()).hasSize(31);
        String thirtiethThenEmoji = "x".repeat(30) + "\uD83C\uDFAD" + "tail";
        assertThat(SheetName.fitting(thirtiethThenEmoji).value()).isEqualTo("x".repeat(30));
    }

    @Test
    void fitting_falls_back_when_nothing_is_left_or_the_name_is_reserved() {
        assertThat(SheetName.fitting("   ").value()).isEqualTo("Sheet");
        assertThat(SheetName.fitting("''").value()).isEqualTo("Sheet");
        assertThat(SheetName.fitting("history").value()).isEqualTo("history-");
    }

    @Property
    void fitting_always_gives_a_valid_name(@ForAll String text) {
        SheetName name = SheetName.fitting(text);
        assertThat(name.value()).isNotBlank().hasSizeLessThanOrEqualTo(SheetName.MAX_LENGTH);
    }

    @Property
    void fitting_keeps_a_plain_name_as_it_is(@ForAll @AlphaChars @StringLength(min = 1, max = 31) String text) {
        if (!text.equalsIgnoreCase("History")) {
            assertThat(SheetName.fitting(text).value()).isEqualTo(text);
        }
    }
}
