package org.kalamela.application.shared.signal;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Values read from the database one key at a time and kept in memory until a change of their topics is heard
 * (ADR-20), as {@link SignalledValue} keeps one: each is tagged with the count heard <em>before</em> it was read
 * and served while the count is unchanged, so one heard change voids them all at once and each is read again
 * when next asked for. While the signals are not live, every {@link #get} reads. Safe to share between threads;
 * at most {@value #KEPT} values are kept (beyond that all are dropped, which costs one read each).
 *
 * @param <K> the key
 * @param <V> what is read for a key (an {@code Optional} when "none" is an answer worth keeping too)
 */
public final class SignalledMap<K, V> {

    private static final int KEPT = 10_000;

    private final ChangeSignals signals;
    private final ChangeTopic first;
    private final ChangeTopic[] more;
    private final Map<K, Tagged<V>> kept = new ConcurrentHashMap<>();

    public SignalledMap(ChangeSignals signals, ChangeTopic first, ChangeTopic... more) {
        this.signals = signals;
        this.first = first;
        this.more = more.clone();
    }

    /** The key's value if it was read since the last heard change; empty when only the database can tell. */
    public Optional<V> known(K key) {
        OptionalLong heard = signals.heard(first, more);
        Tagged<V> tagged = kept.get(key);
        return heard.isPresent() && tagged != null && tagged.heard() == heard.getAsLong()
                ? Optional.of(tagged.value()) : Optional.empty();
    }

    /** The key's value, read with {@code read} (and kept) unless it was read since the last heard change. */
    public V get(K key, Function<K, V> read) {
        return get(key, read, () -> true);
    }

    /**
     * The key's value, read with {@code read} unless it was read since the last heard change, and kept only when
     * {@code mayKeep} says so. {@code mayKeep} is asked after the count is taken, so whatever it reads (another
     * cache) is at least as recent as the count the value is tagged with: a change it did not see moves that
     * count and voids the value.
     */
    public V get(K key, Function<K, V> read, BooleanSupplier mayKeep) {
        OptionalLong heard = signals.heard(first, more);
        Tagged<V> tagged = kept.get(key);
        if (heard.isPresent() && tagged != null && tagged.heard() == heard.getAsLong()) {
            return tagged.value();
        }
        boolean keep = heard.isPresent() && mayKeep.getAsBoolean();
        V value = read.apply(key);
        if (keep) {
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(key, new Tagged<>(value, heard.getAsLong()));
        }
        return value;
    }

    private record Tagged<V>(V value, long heard) {
    }
}
