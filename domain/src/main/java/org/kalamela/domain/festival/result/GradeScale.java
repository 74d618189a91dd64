package org.kalamela.domain.festival.result;

import java.math.BigDecimal;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.GradeThreshold;

/**
 * The grade of a mark by the edition's thresholds (by default A from 60 is worth 5, B from 50 is 3, C from
 * 40 is 1, below 40 no grade and 0): the highest threshold the mark reaches.
 */
public final class GradeScale {

    private final FestivalRules rules;

    public GradeScale(FestivalRules rules) {
        this.rules = rules;
    }

    public Grade gradeOf(BigDecimal mark) {
        for (GradeThreshold threshold : rules.grades()) {
            if (mark.compareTo(threshold.minimumMark()) >= 0) {
                return Grade.of(threshold.grade(), threshold.points());
            }
        }
        return Grade.NONE;
    }
}
