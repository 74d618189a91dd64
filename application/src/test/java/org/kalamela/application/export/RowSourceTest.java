package org.kalamela.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowSourceTest {

    @Test
    void rows_in_memory_are_pushed_in_order() {
        List<Object> seen = new ArrayList<>();
        RowSource.<String>of(List.of("a", "b", "c")).forEach(seen::add);
        assertThat(seen).containsExactly("a", "b", "c");
    }
}
