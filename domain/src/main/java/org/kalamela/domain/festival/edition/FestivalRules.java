package org.kalamela.domain.festival.edition;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Money;

/**
 * Every number of the festival that DOMAIN.md marks as an edition rule. One value per edition, stored and
 * edited by admins; policies take their numbers from here so that no business number is written in code.
 *
 * @param grades grade thresholds, highest minimum mark first; a mark below the last earns no grade
 * @param rankPoints points for the 1st, 2nd, 3rd ... place
 * @param trimmedMeanMinimumJudges the smallest panel for which {@link MarkAggregation#TRIMMED_MEAN} drops
 *        the highest and lowest total (smaller panels take the plain mean)
 */
public record FestivalRules(
        BirthDateRange juniorBirthDates,
        BirthDateRange seniorBirthDates,
        int maxEntriesPerDistrictPerEvent,
        int maxIndividualEventsPerMember,
        ChestNumberSeries juniorChestNumbers,
        ChestNumberSeries seniorChestNumbers,
        int maxTeamsPerDistrictPerEvent,
        Money individualFee,
        Money teamFee,
        Money conferenceDelegateFee,
        Money appealFee,
        List<GradeThreshold> grades,
        List<Integer> rankPoints,
        int appealWindowMinutes,
        int kalaprathibhaMinimumEvents,
        int judgesPerEvent,
        MarkAggregation markAggregation,
        int trimmedMeanMinimumJudges) {

    public FestivalRules {
        grades = grades == null ? null : List.copyOf(grades);
        rankPoints = rankPoints == null ? null : List.copyOf(rankPoints);
        Validation validation = new Validation()
                .required(juniorBirthDates, "juniorBirthDates")
                .required(seniorBirthDates, "seniorBirthDates")
                .check(juniorBirthDates == null || seniorBirthDates == null
                        || !juniorBirthDates.overlaps(seniorBirthDates), "seniorBirthDates",
                        "must not overlap the junior range")
                .check(maxEntriesPerDistrictPerEvent >= 1, "maxEntriesPerDistrictPerEvent", "must be 1 or more")
                .check(maxIndividualEventsPerMember >= 1, "maxIndividualEventsPerMember", "must be 1 or more")
                .required(juniorChestNumbers, "juniorChestNumbers")
                .required(seniorChestNumbers, "seniorChestNumbers")
                .check(juniorChestNumbers == null || seniorChestNumbers == null
                        || !juniorChestNumbers.overlaps(seniorChestNumbers), "seniorChestNumbers",
                        "must not overlap the junior series")
                .check(maxTeamsPerDistrictPerEvent >= 1, "maxTeamsPerDistrictPerEvent", "must be 1 or more")
                .check(appealWindowMinutes >= 1, "appealWindowMinutes", "must be 1 or more")
                .check(kalaprathibhaMinimumEvents >= 1, "kalaprathibhaMinimumEvents", "must be 1 or more")
                .check(judgesPerEvent >= 1, "judgesPerEvent", "must be 1 or more")
                .required(markAggregation, "markAggregation")
                .check(trimmedMeanMinimumJudges >= 3, "trimmedMeanMinimumJudges",
                        "must be 3 or more, since the highest and the lowest total are dropped");
        checkFee(validation, individualFee, "individualFee");
        checkFee(validation, teamFee, "teamFee");
        checkFee(validation, conferenceDelegateFee, "conferenceDelegateFee");
        checkFee(validation, appealFee, "appealFee");
        checkGrades(validation, grades);
        checkRankPoints(validation, rankPoints);
        validation.throwIfInvalid();
    }

    /** The 2025-26 rules of DOMAIN.md, used for the demo edition 2026 and in tests. */
    public static FestivalRules defaults2026() {
        return new FestivalRules(
                new BirthDateRange(LocalDate.of(2005, 1, 11), LocalDate.of(2011, 6, 30)),
                new BirthDateRange(LocalDate.of(1991, 1, 11), LocalDate.of(2005, 1, 10)),
                2,
                5,
                new ChestNumberSeries(1001, 1999),
                new ChestNumberSeries(2001, 2999),
                2,
                Money.of(50),
                Money.of(100),
                Money.of(300),
                Money.of(1000),
                List.of(GradeThreshold.of("A", 60, 5), GradeThreshold.of("B", 50, 3), GradeThreshold.of("C", 40, 1)),
                List.of(5, 3, 1),
                30,
                2,
                3,
                MarkAggregation.MEAN,
                5);
    }

    public BirthDateRange birthDates(Seniority seniority) {
        return seniority == Seniority.JUNIOR ? juniorBirthDates : seniorBirthDates;
    }

    public ChestNumberSeries chestNumbers(Seniority seniority) {
        return seniority == Seniority.JUNIOR ? juniorChestNumbers : seniorChestNumbers;
    }

    public Duration appealWindow() {
        return Duration.ofMinutes(appealWindowMinutes);
    }

    private static void checkFee(Validation validation, Money fee, String field) {
        validation.required(fee, field).check(fee == null || !fee.isNegative(), field, "must not be negative");
    }

    private static void checkGrades(Validation validation, List<GradeThreshold> grades) {
        validation.required(grades, "grades");
        if (grades == null) {
            return;
        }
        boolean descending = true;
        for (int i = 1; i < grades.size(); i++) {
            GradeThreshold higher = grades.get(i - 1);
            GradeThreshold lower = grades.get(i);
            descending &= higher.minimumMark().compareTo(lower.minimumMark()) > 0 && higher.points() >= lower.points();
        }
        long distinct = grades.stream().map(GradeThreshold::grade).distinct().count();
        validation
                .check(!grades.isEmpty(), "grades", "must list at least one grade")
                .check(descending, "grades", "must go from the highest minimum mark down, points not rising")
                .check(distinct == grades.size(), "grades", "must not repeat a grade");
    }

    private static void checkRankPoints(Validation validation, List<Integer> rankPoints) {
        validation.required(rankPoints, "rankPoints");
        if (rankPoints == null) {
            return;
        }
        boolean valid = !rankPoints.isEmpty() && rankPoints.stream().allMatch(p -> p >= 0);
        for (int i = 1; valid && i < rankPoints.size(); i++) {
            valid = rankPoints.get(i - 1) >= rankPoints.get(i);
        }
        validation.check(valid, "rankPoints", "must list points for 1st, 2nd, ... place, 0 or more, not rising");
    }
}
