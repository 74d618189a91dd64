package org.kalamela.domain.festival.judging;

/** Where a judge's sheet stands, as the admin's panel list shows it. */
public enum SheetState {
    /** No mark yet. */
    EMPTY,
    /** Some marks, not submitted: the judge may still change them. */
    IN_PROGRESS,
    /** Submitted and locked: only an admin's correction with a reason changes it. */
    SUBMITTED
}
