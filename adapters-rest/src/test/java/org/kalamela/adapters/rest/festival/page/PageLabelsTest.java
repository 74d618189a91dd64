package org.kalamela.adapters.rest.festival.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageLabelsTest {

    private final PageLabels labels = PageLabels.load();

    @Test
    void every_label_is_written_in_both_languages_and_differs_where_it_is_words() {
        assertThat(labels.all(PageLanguage.ML).keySet()).isEqualTo(labels.all(PageLanguage.EN).keySet());
        assertThat(labels.all(PageLanguage.EN)).isNotEmpty();
        labels.all(PageLanguage.EN).forEach((key, english) -> {
            String malayalam = labels.all(PageLanguage.ML).get(key);
            assertThat(malayalam).as(key).isNotBlank();
            assertThat(malayalam.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.MALAYALAM) || key.equals("otherLanguage")).as(key).isTrue();
        });
    }

    @Test
    void values_fill_the_numbered_places_in_order() {
        assertThat(labels.format(PageLanguage.EN, "after", 27, 45)).isEqualTo("after 27 of 45 results");
        assertThat(labels.format(PageLanguage.ML, "after", 27, 45)).isEqualTo("45 ഫലങ്ങളിൽ 27 എണ്ണത്തിനു ശേഷം");
        assertThat(labels.format(PageLanguage.EN, "title", 2026)).isEqualTo("Kalamela 2026: live results");
    }

    @Test
    void an_unknown_label_is_a_mistake_in_the_page_not_an_empty_text() {
        assertThatThrownBy(() -> labels.format(PageLanguage.EN, "noSuchLabel"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
