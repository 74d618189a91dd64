package org.kalamela.application.festival.query;

import java.util.Objects;

/**
 * One place of an event's drawn order of appearance as the festival office reads it: the place, its code
 * letter, the chest number (an individual entry) or team code (a team), the name or the team's members' names
 * as stored (Malayalam or English), and the unit and district.
 *
 * @param number the chest number or team code; empty for a member who holds no chest number yet
 */
public record AppearanceRow(int position, String codeLetter, String number, String names, String unit,
                            String district) {

    public AppearanceRow {
        Objects.requireNonNull(codeLetter, "codeLetter");
        number = number == null ? "" : number;
        names = names == null ? "" : names;
    }
}
