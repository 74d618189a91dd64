package org.kalamela.archfixture.domain.festival.edition;

import org.kalamela.archfixture.domain.festival.team.FixtureTeam;

/** Fixture: the edition, the lowest festival package, reaching up to the teams. */
public class EditionKnowingTeams {
    FixtureTeam team;
}
