package org.kalamela.application.festival.query;

import java.math.BigDecimal;

/**
 * One mark of a judge's sheet for the admin's marks export: the event, the code letter and who it stands for,
 * the judge, the criterion with its maximum, the mark, and whether a tabulator entered it.
 *
 * @param code the member's chest number or the team's code
 * @param submitted whether the judge's sheet is submitted (locked)
 */
public record MarkExportRow(String eventName, String codeLetter, String code, String name, String judge,
                            String criterion, BigDecimal maximum, BigDecimal mark, boolean byTabulator,
                            boolean submitted) {
}
