package org.kalamela.domain.festival.team;

import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Checks a team code the admin typed: it keeps the event's short code, so that a printed code still names
 * its event and, short codes being unique in the edition, cannot collide with another event's team; and
 * no other team of the event has its number.
 */
public final class TeamCodePolicy {

    /** @throws RuleViolation {@code TEAM_CODE_WRONG_EVENT} or {@code TEAM_CODE_TAKEN} */
    public TeamCode checkEdited(TeamCode proposed, FestivalEvent event, boolean takenByAnotherTeam) {
        if (!proposed.eventCode().equals(event.shortCode())) {
            throw new RuleViolation(ErrorCode.TEAM_CODE_WRONG_EVENT, "A team code of " + event.name() + " starts with "
                    + event.shortCode() + "-, not " + proposed.eventCode() + "-");
        }
        if (takenByAnotherTeam) {
            throw new RuleViolation(ErrorCode.TEAM_CODE_TAKEN, "Team code " + proposed + " is already given");
        }
        return proposed;
    }
}
