package org.kalamela.application.festival.judging;

import java.time.Instant;
import java.util.List;
import org.kalamela.domain.festival.judging.SheetState;
import org.kalamela.domain.festival.result.EventResultState;

/**
 * An event's panel as the admin sees it: the edition's number of seats, the result's state, whether the
 * order of appearance is drawn, and each seated judge (in seating order) with the state of their sheet.
 */
public record PanelView(long eventId, String eventName, int editionYear, int judgesPerEvent,
                        EventResultState resultState, boolean drawn, int codeLetters, int criteria,
                        List<Seat> judges) {

    /**
     * A judge's seat. {@code marksMissing}: the empty cells of the sheet (code letters × criteria), null
     * until the draw gives the code letters; {@code submittedAt} and {@code submittedByTabulator} once
     * submitted.
     */
    public record Seat(long judgeId, String username, String displayName, boolean active, SheetState sheetState,
                       int marksGiven, Integer marksMissing, Instant submittedAt, Boolean submittedByTabulator) {
    }
}
