package org.kalamela.application.festival.query;

import java.util.List;
import java.util.Objects;

/**
 * What anyone may learn of a participant of the current edition from a chest number or a team code: names,
 * unit, district and events. Nothing private: no phone, no date of birth, no ids.
 *
 * @param names the member's name, or the team members' names in alphabetical order
 * @param chestNumber the member's chest number; null for a team
 * @param teamCode the team's code; null for a member
 * @param events the events entered (a member: individual events and the group events of their teams), by name
 */
public record ParticipantRow(List<String> names, Integer chestNumber, String teamCode, String unitName,
                             String districtName, List<String> events) {

    public ParticipantRow {
        names = List.copyOf(names);
        events = List.copyOf(events);
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(districtName, "districtName");
        if ((chestNumber == null) == (teamCode == null)) {
            throw new IllegalArgumentException("a participant is found by a chest number or a team code");
        }
    }
}
