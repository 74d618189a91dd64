package org.kalamela.application.festival.event;

/**
 * One row of an events file in the shape of {@code data/kalamela-events.csv}, as the reading adapter found
 * its cells: text, unchecked, so that the import can report every bad cell under the row's line.
 *
 * @param line the row's line in the file, used to name its errors ({@code rows[12].category})
 * @param kind {@code INDIVIDUAL} or {@code GROUP}
 * @param category {@code MUSIC}, {@code FINE ARTS}, {@code STAGE EVENTS} or {@code LITERARY EVENTS}
 * @param mandatory {@code true} or {@code false}; blank is false
 * @param gender {@code Male}, {@code Female}, {@code M}, {@code F}, or blank for both
 * @param seniority {@code Junior}, {@code Senior}, or blank for both
 * @param minTeamSize group events only
 * @param maxTeamSize group events only
 * @param teamsPerUnit group events only; blank is 1
 */
public record EventImportRow(
        int line,
        String kind,
        String name,
        String category,
        String mandatory,
        String gender,
        String seniority,
        String minTeamSize,
        String maxTeamSize,
        String teamsPerUnit) {
}
