package org.kalamela.application.festival.fakes;

import java.util.HashSet;
import java.util.Set;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryScores;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamScores;

/** Which entries and teams have marks, set by tests (scoring does not exist yet). */
public final class FakeScores implements IndividualEntryScores, TeamScores {

    private final Set<IndividualEntryId> scoredEntries = new HashSet<>();
    private final Set<TeamId> scoredTeams = new HashSet<>();

    public synchronized void score(IndividualEntryId entry) {
        scoredEntries.add(entry);
    }

    public synchronized void score(TeamId team) {
        scoredTeams.add(team);
    }

    @Override
    public synchronized boolean hasScores(IndividualEntryId entry) {
        return scoredEntries.contains(entry);
    }

    @Override
    public synchronized boolean hasScores(TeamId team) {
        return scoredTeams.contains(team);
    }
}
