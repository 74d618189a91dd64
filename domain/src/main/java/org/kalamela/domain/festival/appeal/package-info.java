/**
 * Appeals against a published result (DOMAIN.md "Appeals"): who may file one and until when, one per entry,
 * the fee confirmed, the decision with its reply, and the entry's result the decision was taken on; and the old
 * app's appeals brought over by the legacy import, recorded without the filing window ({@code HistoricalAppeal},
 * {@code LegacyAppealStatus}). Depends on
 * {@code result} (the window runs from the first publication), {@code draw} (an appeal names a performer) and
 * {@code shared}; nothing of the festival depends on it.
 */
package org.kalamela.domain.festival.appeal;
