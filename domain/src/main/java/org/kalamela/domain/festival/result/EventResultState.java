package org.kalamela.domain.festival.result;

/** Where an event's result stands; only PUBLISHED and UNDER_APPEAL results are public. */
public enum EventResultState {
    /** Judges are marking: not every sheet of the panel is submitted. */
    SCORING,
    /** Every sheet is in and the result is computed; the admin has not published it. */
    TABULATED,
    /** Published with its result number; its marks change only through an accepted appeal. */
    PUBLISHED,
    /** An accepted appeal is being revised; republishing gives the next revision. */
    UNDER_APPEAL
}
