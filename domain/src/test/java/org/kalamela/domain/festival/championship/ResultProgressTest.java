package org.kalamela.domain.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultProgressTest {

    @Test
    void a_table_is_provisional_until_every_events_result_is_published() {
        assertThat(new ResultProgress(0, 45).isProvisional()).isTrue();
        assertThat(new ResultProgress(27, 45).isProvisional()).isTrue();
        assertThat(new ResultProgress(44, 45).isProvisional()).isTrue();
        assertThat(new ResultProgress(45, 45).isProvisional()).isFalse();
    }

    @Test
    void an_edition_without_events_has_nothing_to_wait_for() {
        assertThat(new ResultProgress(0, 0).isProvisional()).isFalse();
    }

    @Test
    void more_results_than_events_or_a_negative_count_is_impossible() {
        assertThatThrownBy(() -> new ResultProgress(46, 45)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResultProgress(-1, 45)).isInstanceOf(IllegalArgumentException.class);
    }
}
