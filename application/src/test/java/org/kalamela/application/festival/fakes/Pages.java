package org.kalamela.application.festival.fakes;

import java.util.List;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Cuts a page out of a sorted list, as {@code LIMIT ... OFFSET ...} with a count would. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> all, PageRequest page) {
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return Page.of(all.subList(from, to), page, all.size());
    }
}
