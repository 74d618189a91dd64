package org.kalamela.application.festival.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamNumberSequence;
import org.kalamela.domain.festival.team.TeamRepository;

/**
 * Draws the code of a new team: the event's short code and the next number of the event's counter. A number
 * the admin gave a team by hand is skipped and the next one drawn, so the counter moves past hand-typed
 * numbers and a code never names two teams.
 */
@ApplicationScoped
public class TeamNumbers {

    private final TeamNumberSequence sequence;
    private final TeamRepository teams;

    @Inject
    public TeamNumbers(TeamNumberSequence sequence, TeamRepository teams) {
        this.sequence = sequence;
        this.teams = teams;
    }

    public TeamCode nextCode(EditionYear edition, FestivalEvent event) {
        int number = sequence.next(edition, event.id());
        while (teams.numberTaken(event.id(), number)) {
            number = sequence.next(edition, event.id());
        }
        return new TeamCode(event.shortCode(), number);
    }
}
