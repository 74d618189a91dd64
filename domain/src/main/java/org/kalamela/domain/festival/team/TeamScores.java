package org.kalamela.domain.festival.team;

/**
 * Outbound port: whether a team has been scored. A scored team is part of a result: it is not removed and
 * its members do not change. Implemented by the scoring adapter; until scoring exists its answer is always
 * false.
 */
public interface TeamScores {

    /** True when any judge's mark (submitted or not) or a final mark exists for the team. */
    boolean hasScores(TeamId team);
}
