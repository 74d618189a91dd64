package org.kalamela.domain.festival.schedule;

/** What a clash double-books; the order is the order a clash report lists them in. */
public enum ClashKind {
    STAGE,
    JUDGE,
    PARTICIPANT
}
