package org.kalamela.domain.conference.conference;

import org.kalamela.domain.shared.value.Money;

/**
 * What a district owes for a conference: the conference's fee for every delegate actually registered,
 * officials and members alike (the old app's {@code 300 * (officials + members)}). Payments and summaries
 * ask here, so the fee is counted one way everywhere.
 */
public final class ConferenceFees {

    private ConferenceFees() {
    }

    public static Money dues(Conference conference, int delegates) {
        if (delegates < 0) {
            throw new IllegalArgumentException("a count of delegates is 0 or more: " + delegates);
        }
        return conference.delegateFee().times(delegates);
    }
}
