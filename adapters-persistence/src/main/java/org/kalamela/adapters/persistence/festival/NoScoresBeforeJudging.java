package org.kalamela.adapters.persistence.festival;

import jakarta.enterprise.context.ApplicationScoped;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryScores;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamScores;

/**
 * Whether an entry or a team has been scored, answered before judging exists: always no. Marks will live in
 * the scoring tables of the judging issue, which are not in the schema yet, so no score can exist and every
 * entry and team may be removed while registration is open. The judging adapter replaces this class with
 * queries on its tables; nothing else changes, since the use cases already ask these ports.
 */
@ApplicationScoped
public class NoScoresBeforeJudging implements IndividualEntryScores, TeamScores {

    @Override
    public boolean hasScores(IndividualEntryId entry) {
        return false;
    }

    @Override
    public boolean hasScores(TeamId team) {
        return false;
    }
}
