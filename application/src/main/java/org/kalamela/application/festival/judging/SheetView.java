package org.kalamela.application.festival.judging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.Criterion;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.judging.SheetState;

/**
 * A judge's sheet as the judge (or the tabulator entering it) sees it: the event, its criteria, the drawn code
 * letters in order of appearance and the marks so far. It holds code letters only: nothing here says who
 * performs (no name, unit, district or chest number), by construction.
 */
public record SheetView(FestivalEvent event, SheetState state, List<Criterion> criteria, List<CodeLetter> codeLetters,
                        List<SheetMark> marks, Optional<Instant> submittedAt, boolean submittedByTabulator) {

    public SheetView {
        criteria = List.copyOf(criteria);
        codeLetters = List.copyOf(codeLetters);
        marks = List.copyOf(marks);
    }

    static SheetView of(FestivalEvent event, JudgeSheet sheet, EventCriteria criteria, Optional<Draw> draw) {
        List<CodeLetter> letters = draw.map(d -> d.appearances().stream().map(a -> a.codeLetter()).toList())
                .orElse(List.of());
        return new SheetView(event, sheet.state(), criteria.criteria(), letters, sheet.marks(),
                sheet.submission().map(s -> s.at()), sheet.submission().map(s -> s.byTabulator()).orElse(false));
    }
}
