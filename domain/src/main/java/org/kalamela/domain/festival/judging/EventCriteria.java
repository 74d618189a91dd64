package org.kalamela.domain.festival.judging;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The criteria of an event, in the order of the judge's sheet (criterion 1 first). Their maxima add up to
 * exactly 100, so a judge's total is a mark out of 100; names are distinct (any case). An event nobody
 * gave criteria is marked on {@link #DEFAULT}, one criterion "Overall" of 100.
 */
public record EventCriteria(List<Criterion> criteria) {

    public static final int MAX_CRITERIA = 20;
    public static final EventCriteria DEFAULT = new EventCriteria(List.of(Criterion.of("Overall", 100)));

    public EventCriteria {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        BigDecimal sum = criteria.stream().map(Criterion::maximum).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<String> names = new HashSet<>();
        boolean distinct = criteria.stream().allMatch(c -> names.add(c.name().toLowerCase(Locale.ROOT)));
        new Validation()
                .check(!criteria.isEmpty(), "criteria", "must list at least one criterion")
                .check(criteria.size() <= MAX_CRITERIA, "criteria", "must list at most " + MAX_CRITERIA + " criteria")
                .check(criteria.isEmpty() || sum.compareTo(Criterion.HUNDRED) == 0, "criteria",
                        "maxima must add up to 100 (they add up to " + sum.stripTrailingZeros().toPlainString() + ")")
                .check(distinct, "criteria", "must not repeat a name")
                .throwIfInvalid();
    }

    /** The criterion numbered {@code number} on the sheet (1 is the first). */
    public Criterion number(int number) {
        return criteria.get(number - 1);
    }

    public boolean has(int number) {
        return number >= 1 && number <= criteria.size();
    }

    public int size() {
        return criteria.size();
    }
}
