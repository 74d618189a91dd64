package org.kalamela.domain.festival.judging;

import org.kalamela.domain.festival.event.EventId;

/**
 * Outbound port: an exclusive lock on one event's judging, held until the transaction ends. Taken before a
 * sheet is submitted, a draw is made, or a result is computed or published, so two judges submitting at
 * the same moment compute the result once and two admins publishing at once give one result number.
 */
public interface JudgingLocks {

    void lockEvent(EventId event);
}
