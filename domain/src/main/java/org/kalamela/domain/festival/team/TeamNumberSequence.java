package org.kalamela.domain.festival.team;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;

/**
 * Outbound port: one counter per edition and group event that team numbers are drawn from ({@code GS-1},
 * {@code GS-2} ...), never reused even when a team is removed (the old app numbered by "last row").
 *
 * <p>The adapter keeps the last number drawn in one row per {@code (edition, event)} and advances it with a
 * single {@code INSERT ... ON CONFLICT DO UPDATE SET last = last + 1 RETURNING last}; the row lock is held
 * until the transaction ends, so concurrent draws queue up and each gets its own number. The counter knows
 * nothing of numbers the admin typed by hand: the caller draws again while
 * {@link TeamRepository#numberTaken} says the number is in use.
 */
public interface TeamNumberSequence {

    /** Advances the event's counter and returns the new number: 1 for the first team, then 2, 3 ... */
    int next(EditionYear edition, EventId event);
}
