package org.kalamela.application.festival.championship;

import org.kalamela.domain.festival.event.EventId;

/**
 * A result that makes up a championship row: the event, its result number, the entry (member's name or team
 * code), its place, grade and the points it brought.
 */
public record Contribution(EventId event, String eventName, int resultNumber, String participant,
                           Integer chestNumber, String teamCode, int rank, String grade, int points) {
}
