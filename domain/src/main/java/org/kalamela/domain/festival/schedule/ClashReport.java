package org.kalamela.domain.festival.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The clashes of a plan, stage clashes first, then judges, then participants; each kind by subject and events. */
public record ClashReport(List<Clash> clashes) {

    static final Comparator<Clash> ORDER = Comparator.comparing(Clash::kind)
            .thenComparingLong(Clash::subject)
            .thenComparingLong(clash -> clash.events().first().value())
            .thenComparingLong(clash -> clash.events().second().value());

    public ClashReport {
        clashes = clashes.stream().sorted(ORDER).toList();
    }

    public boolean isClear() {
        return clashes.isEmpty();
    }

    /** The clashes no acknowledgement names, in report order. */
    public List<Clash> unacknowledged(Set<String> acknowledgedKeys) {
        return clashes.stream().filter(clash -> !acknowledgedKeys.contains(clash.key())).toList();
    }
}
