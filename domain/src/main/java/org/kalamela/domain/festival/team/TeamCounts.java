package org.kalamela.domain.festival.team;

import java.util.Set;
import org.kalamela.domain.shared.id.MemberId;

/**
 * What {@link TeamRules} decides a new team on, read by the caller after locking the district's scope for
 * the event.
 *
 * @param districtTeams teams of the district in the event
 * @param unitTeams teams of the new team's unit in the event
 * @param membersInTeams members already in some team of the event
 */
public record TeamCounts(int districtTeams, int unitTeams, Set<MemberId> membersInTeams) {

    public TeamCounts {
        if (districtTeams < 0 || unitTeams < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        membersInTeams = Set.copyOf(membersInTeams);
    }
}
