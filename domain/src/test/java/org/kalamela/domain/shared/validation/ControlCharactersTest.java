package org.kalamela.domain.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"ad\u0000min", "\u0001", "a\u001Fb", "del\u007F", "c1\u0085", "c1\u009F", "lone\uD800",
            "lone\uDC00x"})
    void controls_and_unpaired_surrogates_are_refused_everywhere(String text) {
        assertThat(ControlCharacters.firstIn(text, true)).isPresent();
        assertThat(ControlCharacters.firstIn(text, false)).isPresent();
        assertThatThrownBy(() -> ControlCharacters.checkText(text, "name"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("name");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "tab\there", "crlf\r\n"})
    void tab_and_line_breaks_are_text_but_not_part_of_a_single_value(String text) {
        assertThat(ControlCharacters.checkText(text, "address")).isSameAs(text);
        assertThatThrownBy(() -> ControlCharacters.checkLine(text, "login")).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "admin", "Thiruvalla East", "മാർത്തോമ്മാ", "emoji \uD83C\uDFB5 ok", "a\u00A0b"})
    void ordinary_text_of_any_script_passes(String text) {
        assertThat(ControlCharacters.checkLine(text, "name")).isSameAs(text);
    }

    @Test
    void null_is_not_this_rules_business() {
        assertThat(ControlCharacters.checkText(null, "name")).isNull();
    }

    @Test
    void the_message_names_the_character_and_its_position_not_the_text() {
        assertThatThrownBy(() -> ControlCharacters.checkLine("ad\u0000min", "login"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).message())
                        .isEqualTo("must not contain control characters (U+0000 at position 3)"));
    }
}
