package org.kalamela.application.festival.schedule;

import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.ClashKind;

/**
 * A clash as the admin reads it: its key (what an acknowledgement names), its kind, the two events by name,
 * and who or what is double-booked (the member's, the stage's or the judge's id and name).
 */
public record ClashView(String key, ClashKind kind, EventId firstEvent, String firstEventName, EventId secondEvent,
                        String secondEventName, long subjectId, String subjectName) {
}
