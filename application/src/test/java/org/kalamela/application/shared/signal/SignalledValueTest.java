package org.kalamela.application.shared.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.fakes.ManualChangeSignals;

class SignalledValueTest {

    private final ManualChangeSignals signals = new ManualChangeSignals();
    private final SignalledValue<String> value = new SignalledValue<>(signals, ChangeTopic.EDITIONS,
            ChangeTopic.EVENTS);
    private final AtomicInteger reads = new AtomicInteger();
    private String stored = "2026";

    private String read() {
        reads.incrementAndGet();
        return stored;
    }

    @Test
    void while_live_and_quiet_it_is_read_once() {
        signals.listen();

        assertThat(value.get(this::read)).isEqualTo("2026");
        assertThat(value.get(this::read)).isEqualTo("2026");
        assertThat(value.known()).contains("2026");
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_change_of_any_of_its_topics_is_read_again_and_of_another_topic_not() {
        signals.listen();
        value.get(this::read);

        signals.announce(ChangeTopic.RESULTS);
        assertThat(value.known()).isPresent();

        stored = "2027";
        signals.announce(ChangeTopic.EVENTS);
        assertThat(value.known()).isEmpty();
        assertThat(value.get(this::read)).isEqualTo("2027");
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_change_heard_during_the_read_leaves_the_value_unknown() {
        signals.listen();

        value.get(() -> {
            signals.announce(ChangeTopic.EDITIONS);
            return read();
        });

        assertThat(value.known()).isEmpty();
    }

    @Test
    void without_live_signals_it_is_read_every_time() {
        value.get(this::read);
        value.get(this::read);
        assertThat(value.known()).isEmpty();
        assertThat(reads).hasValue(2);

        signals.listen();
        value.get(this::read);
        signals.lose();
        stored = "2027";

        assertThat(value.known()).isEmpty();
        assertThat(value.get(this::read)).isEqualTo("2027");
    }
}
