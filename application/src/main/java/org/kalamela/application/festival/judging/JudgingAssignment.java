package org.kalamela.application.festival.judging;

import java.util.List;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.judging.SheetState;
import org.kalamela.domain.festival.result.EventResultState;

/**
 * An event a judge marks, as the judge's own list shows it: the event, its criteria, how many code letters
 * the draw gave (null until drawn), the state of the judge's sheet with the marks given and missing, and the
 * result's state. Never a name, unit, district or chest number of a performer: only counts of code letters.
 */
public record JudgingAssignment(long eventId, String eventName, int editionYear, EventKind kind,
                                List<CriteriaView.Item> criteria, Integer codeLetters, SheetState sheetState,
                                int marksGiven, Integer marksMissing, EventResultState resultState) {
}
