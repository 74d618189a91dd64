package org.kalamela.application.festival.judging;

import java.math.BigDecimal;
import java.util.List;
import org.kalamela.domain.festival.judging.EventCriteria;

/**
 * An event's criteria in the order of the sheet (number 1 first). {@code stored}: false while the event is
 * marked on the default, one "Overall" of 100; {@code locked}: marks exist, so they no longer change.
 */
public record CriteriaView(long eventId, String eventName, boolean stored, boolean locked, List<Item> criteria) {

    /** A criterion with its number on the sheet and its maximum (two decimals). */
    public record Item(int number, String name, BigDecimal maximum) {
    }

    static List<Item> items(EventCriteria criteria) {
        return java.util.stream.IntStream.rangeClosed(1, criteria.size())
                .mapToObj(n -> new Item(n, criteria.number(n).name(), criteria.number(n).maximum())).toList();
    }
}
