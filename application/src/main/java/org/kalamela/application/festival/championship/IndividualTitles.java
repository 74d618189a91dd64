package org.kalamela.application.festival.championship;

/**
 * Kalaprathibha and Kalathilakam with the results they reflect and the edition's minimum of individual
 * events.
 */
public record IndividualTitles(ResultsStatus status, int minimumEvents, TitleStanding kalaprathibha,
                               TitleStanding kalathilakam) {
}
