package org.kalamela.application.festival.championship;

import java.util.List;
import org.kalamela.domain.festival.championship.Title;

/**
 * One title's table: its holders (all of them when tied; none while no eligible member has a point) and the
 * leading contenders.
 */
public record TitleStanding(Title title, int winningPoints, List<Contender> holders, List<Contender> leaders) {

    public TitleStanding {
        holders = List.copyOf(holders);
        leaders = List.copyOf(leaders);
    }
}
