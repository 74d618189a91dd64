package org.kalamela.adapters.rest.festival.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageOptionsTest {

    @Test
    void the_defaults_are_english_the_normal_view_and_thirty_seconds() {
        PageOptions options = PageOptions.of(null, null, null);
        assertThat(options).isEqualTo(new PageOptions(PageLanguage.EN, false, 30));
        assertThat(options.href()).isEqualTo("/");
    }

    @Test
    void the_refresh_is_kept_between_five_seconds_and_ten_minutes_and_nonsense_is_the_default() {
        assertThat(PageOptions.of("ml", "big", "1").refreshSeconds()).isEqualTo(5);
        assertThat(PageOptions.of("ml", "big", "5").refreshSeconds()).isEqualTo(5);
        assertThat(PageOptions.of("ml", "big", "9999").refreshSeconds()).isEqualTo(600);
        assertThat(PageOptions.of("ml", "big", "-3").refreshSeconds()).isEqualTo(30);
        assertThat(PageOptions.of("ml", "big", "12345").refreshSeconds()).isEqualTo(30);
        assertThat(PageOptions.of("ml", "big", "ten").refreshSeconds()).isEqualTo(30);
    }

    @Test
    void an_unknown_language_or_screen_is_the_default_one() {
        assertThat(PageOptions.of("fr", "huge", null)).isEqualTo(new PageOptions(PageLanguage.EN, false, 30));
        assertThat(PageOptions.of("ML", "BIG", null)).isEqualTo(new PageOptions(PageLanguage.ML, true, 30));
    }

    @Test
    void the_links_between_modes_keep_the_rest_of_the_mode() {
        PageOptions big = PageOptions.of("ml", "big", "10");
        assertThat(big.href()).isEqualTo("/?lang=ml&screen=big&refresh=10");
        assertThat(big.withLanguage(PageLanguage.EN).href()).isEqualTo("/?screen=big&refresh=10");
        assertThat(big.withBigScreen(false).href()).isEqualTo("/?lang=ml");
    }
}
