package org.kalamela.adapters.rest.shared.output;

import java.util.List;
import org.kalamela.domain.shared.paging.Page;

/** The list envelope of API.md: {@code {"items":[…],"page":0,"size":50,"total":N}}. */
public record PageDto<T>(List<T> items, int page, int size, long total) {

    public static <T> PageDto<T> of(Page<T> page) {
        return new PageDto<>(page.items(), page.page(), page.size(), page.total());
    }
}
