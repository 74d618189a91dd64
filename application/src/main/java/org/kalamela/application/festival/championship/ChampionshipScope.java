package org.kalamela.application.festival.championship;

/** Which championship table: of the units or of the districts. */
public enum ChampionshipScope {
    UNITS,
    DISTRICTS
}
