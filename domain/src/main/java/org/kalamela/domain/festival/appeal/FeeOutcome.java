package org.kalamela.domain.festival.appeal;

/** What became of a decided appeal's fee: a rejected appeal's is kept, an accepted one's is refunded. */
public enum FeeOutcome {
    KEPT,
    REFUNDED
}
