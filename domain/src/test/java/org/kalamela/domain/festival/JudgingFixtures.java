package org.kalamela.domain.festival;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.MarkAggregation;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.shared.id.AccountId;

/** Rules, sheets and marks for the judging tests. */
public final class JudgingFixtures {

    public static final EventId EVENT = EventId.of(7);
    public static final AccountId ADMIN = AccountId.of(1);

    private JudgingFixtures() {
    }

    public static FestivalRules withJudging(int judgesPerEvent, MarkAggregation aggregation, int trimmedMinimum) {
        FestivalRules d = FestivalRules.defaults2026();
        return new FestivalRules(d.juniorBirthDates(), d.seniorBirthDates(), d.maxEntriesPerDistrictPerEvent(),
                d.maxIndividualEventsPerMember(), d.juniorChestNumbers(), d.seniorChestNumbers(),
                d.maxTeamsPerDistrictPerEvent(), d.individualFee(), d.teamFee(), d.conferenceDelegateFee(),
                d.appealFee(), d.grades(), d.rankPoints(), d.appealWindowMinutes(), d.kalaprathibhaMinimumEvents(),
                judgesPerEvent, aggregation, trimmedMinimum);
    }

    public static FestivalRules aggregatingBy(MarkAggregation aggregation) {
        return withJudging(3, aggregation, 5);
    }

    public static BigDecimal mark(String value) {
        return new BigDecimal(value);
    }

    public static List<BigDecimal> marks(String... values) {
        return List.of(values).stream().map(BigDecimal::new).toList();
    }

    public static CodeLetter letter(String value) {
        return new CodeLetter(value);
    }

    /**
     * A submitted one-criterion sheet of the judge: the i-th total goes to code letter i+1 (A, B, ...).
     */
    public static JudgeSheet submittedSheet(long judge, String... totals) {
        List<SheetMark> marks = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            marks.add(new SheetMark(CodeLetter.ofPosition(i + 1), 1, new BigDecimal(totals[i])));
        }
        return new JudgeSheet(EVENT, AccountId.of(judge), marks,
                Optional.of(new Submission(Instant.parse("2026-01-10T10:00:00Z"), AccountId.of(judge), false)));
    }
}
