package org.kalamela.domain.festival.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.judging.JudgeSheet;

/**
 * Puts an event's result together from its submitted sheets: each drawn entry's mark from its judges'
 * totals, its grade, its rank among all the event's marks, its rank points and its points. Only complete
 * submitted sheets reach here (the use case computes once every judge of the panel has submitted).
 */
public final class Tabulation {

    private final MarkAggregator aggregator;
    private final GradeScale grades;
    private final RankPoints rankPoints;

    public Tabulation(FestivalRules rules) {
        this.aggregator = new MarkAggregator(rules);
        this.grades = new GradeScale(rules);
        this.rankPoints = new RankPoints(rules);
    }

    public List<EntryResult> tabulate(Draw draw, List<JudgeSheet> sheets) {
        if (sheets.isEmpty() || sheets.stream().anyMatch(s -> !s.isSubmitted())) {
            throw new IllegalArgumentException("a result is made from the submitted sheets of the whole panel");
        }
        List<BigDecimal> marks = new ArrayList<>();
        for (Appearance appearance : draw.appearances()) {
            marks.add(aggregator.mark(sheets.stream().map(s -> s.total(appearance.codeLetter())).toList()));
        }
        List<Integer> ranks = Ranking.ranks(marks);
        List<EntryResult> results = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            Appearance appearance = draw.appearances().get(i);
            Grade grade = grades.gradeOf(marks.get(i));
            int forRank = rankPoints.pointsFor(ranks.get(i));
            results.add(new EntryResult(appearance.codeLetter(), appearance.performer(), marks.get(i), grade,
                    ranks.get(i), forRank, EntryPoints.points(appearance.performer().isTeam(), grade, forRank)));
        }
        return results;
    }
}
