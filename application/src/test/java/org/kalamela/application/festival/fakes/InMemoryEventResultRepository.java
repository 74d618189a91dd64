package org.kalamela.application.festival.fakes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;

/** Results by event; counts how often an event's entry results were written (computed once, or again). */
public final class InMemoryEventResultRepository implements EventResultRepository {

    private final Map<EventId, EventResult> results = new HashMap<>();
    private final Map<EventId, List<EntryResult>> entries = new HashMap<>();
    private final Map<EventId, AtomicInteger> computations = new HashMap<>();

    @Override
    public synchronized Optional<EventResult> find(EventId event) {
        return Optional.ofNullable(results.get(event));
    }

    @Override
    public synchronized void save(EventResult result) {
        result.publication().ifPresent(p -> results.values().stream()
                .filter(other -> !other.event().equals(result.event()) && other.edition().equals(result.edition()))
                .filter(other -> other.publication().map(o -> o.resultNumber() == p.resultNumber()).orElse(false))
                .findAny().ifPresent(clash -> {
                    throw new IllegalStateException("event_results_number_uq: " + p.resultNumber());
                }));
        results.put(result.event(), result);
    }

    @Override
    public synchronized void replaceEntries(EventResult result, List<EntryResult> replacement) {
        entries.put(result.event(), List.copyOf(replacement));
        computations.computeIfAbsent(result.event(), e -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public synchronized List<EntryResult> entries(EventId event) {
        return entries.getOrDefault(event, List.of());
    }

    /** How many times the event's entry results were written. */
    public synchronized int computations(EventId event) {
        return computations.getOrDefault(event, new AtomicInteger()).get();
    }
}
