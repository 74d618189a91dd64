package org.kalamela.domain.festival.chest;

import java.util.Optional;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;

/**
 * Outbound port: one counter per edition and seniority that chest numbers are drawn from, so that no two
 * requests ever draw the same number (the old app read the maximum and added one, without a lock).
 *
 * <p>The adapter keeps the last number drawn in one row per {@code (edition, seniority)} and advances it
 * with a single statement ({@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}, or {@code SELECT ... FOR
 * UPDATE} then {@link ChestNumberSeries#next} then {@code UPDATE}). The row lock it takes is held until the
 * transaction ends: concurrent draws from one series queue up and each gets its own number, and a
 * transaction that rolls back gives its number back, which is harmless since nothing printed it.
 *
 * <p>The counter knows nothing of the numbers the admin typed by hand; the caller skips those (see
 * {@link ChestNumberRegistry#issuedTo}), drawing again, so a hand-typed number above the counter is never
 * issued twice.
 */
public interface ChestNumberSequence {

    /**
     * Advances the counter and returns the number after the last one drawn, at least {@code series.start()}
     * (a series moved up continues at its new start). Empty when that number would be beyond
     * {@code series.end()}: the series is used up and the counter stays where it was.
     */
    Optional<ChestNumber> next(EditionYear edition, Seniority seniority, ChestNumberSeries series);
}
