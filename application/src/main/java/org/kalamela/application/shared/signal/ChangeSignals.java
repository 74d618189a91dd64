package org.kalamela.application.shared.signal;

import java.util.OptionalLong;

/**
 * Port: what this instance has heard of changes committed by any instance (docs/architecture.md, ADR-20). A
 * per-instance cache tags what it builds with the count heard <em>before</em> it read the database, and may
 * serve it without asking the database again only while the count is unchanged.
 *
 * <p>The count is empty while this instance is not sure to hear every change (before the listener has
 * connected, during an outage, after a heartbeat went unanswered): a cache must then check the database at
 * every request, as if there were no signals. A reconnection advances every topic's count, since changes
 * committed while nobody listened were not heard.
 */
public interface ChangeSignals {

    /**
     * How many changes of the topic this instance has heard (and reconnections it went through), or empty while
     * it is not listening. Only equality of two counts means anything: "nothing heard in between".
     */
    OptionalLong heard(ChangeTopic topic);

    /**
     * One count over several topics (their sum: it moves whenever one of them does), empty when any is.
     */
    default OptionalLong heard(ChangeTopic first, ChangeTopic... more) {
        OptionalLong sum = heard(first);
        for (ChangeTopic topic : more) {
            OptionalLong count = heard(topic);
            if (sum.isEmpty() || count.isEmpty()) {
                return OptionalLong.empty();
            }
            sum = OptionalLong.of(sum.getAsLong() + count.getAsLong());
        }
        return sum;
    }
}
