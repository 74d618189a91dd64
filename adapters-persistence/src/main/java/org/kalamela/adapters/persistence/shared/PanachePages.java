package org.kalamela.adapters.persistence.shared;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Reads one page of a Panache query. It counts first, so a page past the end is empty without a second query:
 * Panache's own {@code page(index, size)} multiplies two ints and a page number near the int limit would
 * overflow into a negative offset (a 500). A page that does start inside the list fits an int offset, as the
 * list itself is shorter than that.
 */
public final class PanachePages {

    private PanachePages() {
    }

    public static <E, T> Page<T> read(PanacheQuery<E> query, PageRequest page, Function<E, T> toDomain) {
        long total = query.count();
        if (page.startsAfter(total)) {
            return Page.empty(page, total);
        }
        int first = (int) page.offset();
        List<T> items = query.range(first, first + page.size() - 1).list().stream().map(toDomain).toList();
        return Page.of(items, page, total);
    }
}
