package org.kalamela.domain.festival.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryPointsTest {

    @Test
    void an_individual_entry_earns_grade_points_and_rank_points() {
        assertThat(EntryPoints.points(false, Grade.of("A", 5), 5)).isEqualTo(10);
        assertThat(EntryPoints.points(false, Grade.of("B", 3), 1)).isEqualTo(4);
        assertThat(EntryPoints.points(false, Grade.of("C", 1), 0)).isEqualTo(1);
        assertThat(EntryPoints.points(false, Grade.NONE, 0)).isZero();
    }

    @Test
    void a_team_earns_rank_points_only() {
        assertThat(EntryPoints.points(true, Grade.of("A", 5), 5)).isEqualTo(5);
        assertThat(EntryPoints.points(true, Grade.of("A", 5), 0)).isZero();
        assertThat(EntryPoints.points(true, Grade.NONE, 3)).isEqualTo(3);
    }

    @Test
    void no_grade_is_worth_nothing() {
        assertThat(Grade.NONE.letter()).isEmpty();
        assertThatThrownBy(() -> new Grade(Optional.empty(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grade.of("A", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
