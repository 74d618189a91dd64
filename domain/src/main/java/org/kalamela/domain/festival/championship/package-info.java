/**
 * What the published results add up to: the unit-wise and district-wise championship tables
 * ({@code ChampionshipTally}), how far the edition's results have come ({@code ResultProgress}, "after 27 of
 * 45 results", provisional until every event is published) and the individual titles, Kalaprathibha and
 * Kalathilakam ({@code KalaprathibhaPolicy}). It reads scored entries ({@code ScoredEntry}: the points a
 * published result gave an individual entry or a team), never marks, so it does not depend on how marks are
 * judged. The highest of the festival's packages: it depends on {@code edition}, {@code event} and
 * {@code team} (their ids and kinds), and nothing depends on it.
 */
package org.kalamela.domain.festival.championship;
