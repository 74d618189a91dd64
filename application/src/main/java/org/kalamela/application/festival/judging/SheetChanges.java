package org.kalamela.application.festival.judging;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.SheetMark;

/** Writes marks for the audit log, one cell after another: {@code A/1 40.00; B/1 55.50}; an empty cell is "-". */
final class SheetChanges {

    private SheetChanges() {
    }

    static String describe(Collection<SheetMark> marks) {
        return marks.stream().map(m -> cell(m) + " " + m.mark().toPlainString()).collect(Collectors.joining("; "));
    }

    /** The marks the sheet had in the cells these marks write over. */
    static String before(JudgeSheet sheet, Collection<SheetMark> marks) {
        return marks.stream().map(m -> {
            Optional<BigDecimal> old = sheet.mark(m.codeLetter(), m.criterion());
            return cell(m) + " " + old.map(BigDecimal::toPlainString).orElse("-");
        }).collect(Collectors.joining("; "));
    }

    private static String cell(SheetMark mark) {
        return mark.codeLetter() + "/" + mark.criterion();
    }
}
