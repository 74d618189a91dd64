package org.kalamela.domain.festival.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.shared.validation.Validation;

/**
 * Checks the marks typed for a sheet: each names a drawn code letter and an existing criterion, once, and
 * gives 0 up to the criterion's maximum with at most two decimals. Every bad mark is reported under its
 * place in the list ({@code marks[2].mark}), all at once, and nothing is kept when one is bad.
 */
public final class MarkPolicy {

    private MarkPolicy() {
    }

    public static List<SheetMark> checked(EventCriteria criteria, Set<CodeLetter> drawn, List<MarkInput> inputs) {
        Validation validation = new Validation();
        validation.required(inputs, "marks");
        List<SheetMark> marks = new ArrayList<>();
        Set<SheetMark.Cell> cells = new HashSet<>();
        List<MarkInput> typed = inputs == null ? List.of() : inputs;
        for (int i = 0; i < typed.size(); i++) {
            Validation row = validation.element("marks", i);
            MarkInput input = typed.get(i);
            if (input == null) {
                row.add("mark", "is required");
                continue;
            }
            CodeLetter letter = drawnLetter(row, drawn, input.codeLetter());
            boolean criterionKnown = input.criterion() != null && criteria.has(input.criterion());
            row.required(input.criterion(), "criterion")
                    .check(input.criterion() == null || criterionKnown, "criterion",
                            "must be a criterion of the event, 1 to " + criteria.size());
            BigDecimal mark = input.mark();
            row.required(mark, "mark");
            if (mark != null && criterionKnown) {
                BigDecimal maximum = criteria.number(input.criterion()).maximum();
                row.check(mark.signum() >= 0 && mark.compareTo(maximum) <= 0, "mark",
                                "must be between 0 and " + maximum.stripTrailingZeros().toPlainString())
                        .check(mark.stripTrailingZeros().scale() <= 2, "mark", "has at most two decimals");
            }
            if (letter != null && criterionKnown) {
                row.check(cells.add(new SheetMark.Cell(letter, input.criterion())), "criterion",
                        "is marked twice for " + letter);
            }
            if (letter != null && criterionKnown && mark != null && !row.hasErrors()) {
                marks.add(new SheetMark(letter, input.criterion(), mark.setScale(2, RoundingMode.UNNECESSARY)));
            }
        }
        validation.throwIfInvalid();
        return marks;
    }

    private static CodeLetter drawnLetter(Validation row, Set<CodeLetter> drawn, String typed) {
        row.required(typed, "codeLetter");
        if (typed == null || typed.isBlank()) {
            return null;
        }
        CodeLetter letter = typed.matches("[A-Z]{1,4}") ? new CodeLetter(typed) : null;
        row.check(letter != null && drawn.contains(letter), "codeLetter", "is not a code letter of this event");
        return letter != null && drawn.contains(letter) ? letter : null;
    }
}
