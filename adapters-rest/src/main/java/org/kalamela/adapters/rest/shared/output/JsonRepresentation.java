package org.kalamela.adapters.rest.shared.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One representation of a cached read, serialised once per object the use case hands out: the per-instance
 * caches (ADR-10, ADR-20) return the very same object until something changes, so the bytes and the tag are
 * computed at the first request after a change and reused by every request after it.
 *
 * @param <T> what the use case returns
 */
public final class JsonRepresentation<T> {

    private final Function<T, ?> toDto;
    private final ObjectMapper json;
    private final AtomicReference<RenderedJson> last = new AtomicReference<>();

    public JsonRepresentation(Function<T, ?> toDto, ObjectMapper json) {
        this.toDto = toDto;
        this.json = json;
    }

    public RenderedJson of(T source) {
        RenderedJson cached = last.get();
        if (cached != null && cached.source() == source) {
            return cached;
        }
        try {
            RenderedJson fresh = RenderedJson.of(source, json.writeValueAsBytes(toDto.apply(source)));
            last.set(fresh);
            return fresh;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a public read's DTO is plain data", e);
        }
    }
}
