package org.kalamela.application.shared.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.fakes.ManualChangeSignals;

class SignalledMapTest {

    private final ManualChangeSignals signals = new ManualChangeSignals();
    private final SignalledMap<Integer, String> map = new SignalledMap<>(signals, ChangeTopic.EVENTS);
    private final List<Integer> reads = new ArrayList<>();

    private String read(int key) {
        return map.get(key, k -> {
            reads.add(k);
            return "event " + k + " as read " + reads.size();
        });
    }

    @Test
    void while_the_signals_are_not_live_every_get_reads() {
        read(1);
        read(1);

        assertThat(reads).containsExactly(1, 1);
    }

    @Test
    void each_key_is_read_once_until_a_change_of_its_topic_is_heard() {
        signals.listen();
        assertThat(read(1)).isEqualTo("event 1 as read 1");
        assertThat(read(2)).isEqualTo("event 2 as read 2");
        assertThat(read(1)).isEqualTo("event 1 as read 1");
        signals.announce(ChangeTopic.RESULTS);
        assertThat(read(2)).isEqualTo("event 2 as read 2");

        signals.announce(ChangeTopic.EVENTS);

        assertThat(read(1)).isEqualTo("event 1 as read 3");
        assertThat(read(2)).isEqualTo("event 2 as read 4");
        assertThat(read(2)).isEqualTo("event 2 as read 4");
    }

    @Test
    void a_value_is_known_without_reading_only_while_nothing_was_heard_since_it_was_read() {
        signals.listen();
        assertThat(map.known(1)).isEmpty();
        read(1);

        assertThat(map.known(1)).contains("event 1 as read 1");
        assertThat(map.known(2)).isEmpty();
        signals.announce(ChangeTopic.EVENTS);
        assertThat(map.known(1)).isEmpty();
        signals.lose();
        assertThat(map.known(1)).isEmpty();
        assertThat(reads).containsExactly(1);
    }

    @Test
    void a_value_is_kept_only_when_may_keep_says_so_and_it_is_asked_after_the_count_is_taken() {
        signals.listen();
        List<String> order = new ArrayList<>();
        SignalledMap<Integer, String> guarded = new SignalledMap<>(signals, ChangeTopic.PARTICIPANTS,
                ChangeTopic.EDITIONS);

        guarded.get(1, k -> "refused", () -> false);
        assertThat(guarded.known(1)).isEmpty();
        guarded.get(1, k -> "kept", () -> {
            order.add("asked");
            signals.announce(ChangeTopic.EDITIONS);
            return true;
        });

        assertThat(order).containsExactly("asked");
        assertThat(guarded.known(1)).as("a change heard while deciding voids what was decided").isEmpty();
        guarded.get(1, k -> "kept", () -> true);
        assertThat(guarded.known(1)).contains("kept");
        signals.announce(ChangeTopic.EDITIONS);
        assertThat(guarded.known(1)).as("either topic voids it").isEmpty();
    }

    @Test
    void what_was_read_while_deaf_is_not_kept() {
        signals.listen();
        signals.lose();
        read(1);
        signals.listen();

        read(1);
        read(1);

        assertThat(reads).containsExactly(1, 1);
    }
}
