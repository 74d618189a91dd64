package org.kalamela.application.festival.query;

/**
 * One line of the events-data export: a participant in an event under their code, the member's chest number
 * (individual events) or the team code (group events, one line per team member).
 *
 * @param code the chest number or team code as printed; empty text for an entry not yet numbered
 */
public record EventEntryExportRow(String eventName, String code, String name, String unitName,
                                  String districtName) {
}
