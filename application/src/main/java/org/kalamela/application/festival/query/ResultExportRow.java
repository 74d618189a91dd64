package org.kalamela.application.festival.query;

import java.math.BigDecimal;

/**
 * One place 1 to 3 of an event's computed result, for the admin's results export.
 *
 * @param state TABULATED (computed, not yet public), PUBLISHED or UNDER_APPEAL
 * @param resultNumber null until published
 * @param code the member's chest number or the team's code
 * @param grade null when the mark earns no grade
 */
public record ResultExportRow(String eventName, String state, Integer resultNumber, int rank, String code,
                              String name, String unitName, String districtName, BigDecimal mark, String grade,
                              int points) {
}
