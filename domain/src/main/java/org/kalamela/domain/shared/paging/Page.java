package org.kalamela.domain.shared.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the total number of items across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /**
     * The requested page of a whole list already in memory, for lists that stay short (districts, editions):
     * a page past the end is empty, however large its number.
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        int to = (int) Math.min((long) from + request.size(), all.size());
        return of(all.subList(from, to), request, all.size());
    }

    /** An empty page: what a request past the last item gets, without asking the database for rows. */
    public static <T> Page<T> empty(PageRequest request, long total) {
        return of(List.of(), request, total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
