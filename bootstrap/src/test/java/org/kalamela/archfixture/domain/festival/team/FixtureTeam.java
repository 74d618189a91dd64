package org.kalamela.archfixture.domain.festival.team;

/** Fixture: a team, the highest of the festival's domain packages. */
public class FixtureTeam {
}
