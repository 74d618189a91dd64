package org.kalamela.application.shared.fakes;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;

/**
 * Change signals a test drives by hand: not listening until {@link #listen()}, then a topic is heard when the
 * test {@link #announce}s it. A fresh listen (a reconnection) moves every count, as the real listener does.
 */
public final class ManualChangeSignals implements ChangeSignals {

    private final Map<ChangeTopic, Long> counts = new EnumMap<>(ChangeTopic.class);
    private boolean listening;

    public ManualChangeSignals() {
        for (ChangeTopic topic : ChangeTopic.values()) {
            counts.put(topic, 0L);
        }
    }

    public synchronized ManualChangeSignals listen() {
        counts.replaceAll((topic, count) -> count + 1);
        listening = true;
        return this;
    }

    public synchronized void lose() {
        listening = false;
    }

    public synchronized void announce(ChangeTopic topic) {
        counts.merge(topic, 1L, Long::sum);
    }

    @Override
    public synchronized OptionalLong heard(ChangeTopic topic) {
        return listening ? OptionalLong.of(counts.get(topic)) : OptionalLong.empty();
    }
}
