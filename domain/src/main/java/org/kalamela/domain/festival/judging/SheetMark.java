package org.kalamela.domain.festival.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.kalamela.domain.festival.draw.CodeLetter;

/**
 * A judge's mark for one code letter on one criterion (numbered from 1 as on the sheet), checked against
 * the criteria by {@link MarkPolicy} before it is built from what a judge typed (at most two decimals).
 */
public record SheetMark(CodeLetter codeLetter, int criterion, BigDecimal mark) {

    public SheetMark {
        Objects.requireNonNull(codeLetter, "codeLetter");
        Objects.requireNonNull(mark, "mark");
        if (criterion < 1) {
            throw new IllegalArgumentException("criteria are numbered from 1: " + criterion);
        }
        // Kept with two decimals, as stored, so that 40 and 40.00 are the same mark after a round trip.
        mark = mark.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The cell of the sheet the mark fills. */
    public Cell cell() {
        return new Cell(codeLetter, criterion);
    }

    /** A cell of a judge's sheet: a code letter's row, a criterion's column. */
    public record Cell(CodeLetter codeLetter, int criterion) {
    }
}
