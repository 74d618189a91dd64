package org.kalamela.application.shared.signal;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One value read from the database and kept in memory until a change of its topics is heard (ADR-20): tagged
 * with the count heard <em>before</em> it was read, so a change committed during the read moves the count and
 * the value is read again. While the signals are not live, every {@link #get} reads it again, as if there were
 * no cache. Safe to share between threads; losing it costs one read.
 *
 * @param <T> what is read (an {@code Optional} when "none" is an answer worth keeping too)
 */
public final class SignalledValue<T> {

    private final ChangeSignals signals;
    private final ChangeTopic first;
    private final ChangeTopic[] more;
    private final AtomicReference<Tagged<T>> kept = new AtomicReference<>();

    public SignalledValue(ChangeSignals signals, ChangeTopic first, ChangeTopic... more) {
        this.signals = signals;
        this.first = first;
        this.more = more.clone();
    }

    /** The value while nothing was heard since it was read; empty when only the database can tell. */
    public Optional<T> known() {
        OptionalLong heard = signals.heard(first, more);
        Tagged<T> tagged = kept.get();
        return heard.isPresent() && tagged != null && tagged.heard() == heard.getAsLong()
                ? Optional.of(tagged.value()) : Optional.empty();
    }

    /** The value, read with {@code read} (and kept) unless it is {@link #known()}. */
    public T get(Supplier<T> read) {
        Optional<T> known = known();
        if (known.isPresent()) {
            return known.get();
        }
        OptionalLong heard = signals.heard(first, more);
        T value = read.get();
        if (heard.isPresent()) {
            kept.set(new Tagged<>(value, heard.getAsLong()));
        }
        return value;
    }

    private record Tagged<T>(T value, long heard) {
    }
}
