package org.kalamela.domain.festival.judging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;

/** Outbound port: the panels of judges and their sheets. */
public interface JudgeSheetRepository {

    /** Seats the judge on the event's panel with an empty sheet. */
    void assign(EventId event, AccountId judge, AccountId assignedBy, Instant at);

    Optional<JudgeSheet> find(EventId event, AccountId judge);

    /** The event's panel, one sheet per judge, in the order they were seated. */
    List<JudgeSheet> panel(EventId event);

    /** The events whose panel the judge sits on, ascending by id. */
    List<EventId> eventsOf(AccountId judge);

    /**
     * Writes the marks into the judge's sheet, each over the mark of its cell if there is one, recording who
     * entered them (the judge, or an admin as tabulator) and when.
     */
    void saveMarks(EventId event, AccountId judge, Collection<SheetMark> marks, AccountId enteredBy,
                   boolean byTabulator, Instant at);

    /** Locks the sheet. */
    void submit(EventId event, AccountId judge, Submission submission);

    /** True when any judge has any mark for the event. */
    boolean marksExist(EventId event);

    /**
     * Takes the judge off the event's panel with their empty sheet (the caller has checked it has no mark;
     * a sheet with marks is refused with {@code JUDGE_HAS_MARKS}). Nothing happens when they do not sit on it.
     */
    void unassign(EventId event, AccountId judge);
}
