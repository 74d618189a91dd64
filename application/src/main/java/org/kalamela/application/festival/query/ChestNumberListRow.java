package org.kalamela.application.festival.query;

import org.kalamela.domain.festival.edition.ChestNumber;

/**
 * One line of the chest-number list: a member's current number, name, unit and the names of the individual
 * events they are entered in, joined by ", " in event order (empty when every entry was removed: the
 * number stays theirs).
 */
public record ChestNumberListRow(ChestNumber chestNumber, String memberName, String unitName, String events) {
}
