package org.kalamela.application.festival.query;

import java.util.Objects;
import org.kalamela.domain.festival.draw.CodeLetter;

/**
 * Who performs under a code letter, as the admin's result view shows it (never a judge): the member's chest
 * number and name for an individual entry, the team code and its members' names for a team, with the unit and
 * district.
 */
public record DrawnPerformerRow(CodeLetter codeLetter, Integer chestNumber, String teamCode, String names,
                                String unitName, String districtName) {

    public DrawnPerformerRow {
        Objects.requireNonNull(codeLetter, "codeLetter");
    }
}
