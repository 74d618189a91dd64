package org.kalamela.domain.shared.paging;

import org.kalamela.domain.shared.validation.Validation;

/** A page of a list: {@code page} counts from 0, {@code size} is 1 to {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        new Validation()
                .check(page >= 0, "page", "must be 0 or more")
                .check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .throwIfInvalid();
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** The number of items before this page; a long, so a page number near the int limit does not overflow. */
    public long offset() {
        return (long) page * size;
    }

    /** Whether this page starts at or after the last of {@code total} items (so it is empty). */
    public boolean startsAfter(long total) {
        return offset() >= total;
    }
}
