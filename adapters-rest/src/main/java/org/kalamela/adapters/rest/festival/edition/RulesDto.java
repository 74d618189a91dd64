package org.kalamela.adapters.rest.festival.edition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.domain.festival.edition.BirthDateRange;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.GradeThreshold;
import org.kalamela.domain.festival.edition.MarkAggregation;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Money;

/**
 * An edition's rules as the API shows and takes them: every number of DOMAIN.md marked as an edition rule.
 * Money is a decimal string ({@code "50.00"}), dates {@code YYYY-MM-DD}; each invalid field is reported under
 * its path ({@code rules.seniorChestNumbers.start}).
 */
@Schema(name = "FestivalRules", description = "Birth-date ranges (both ends inclusive), entry limits, chest-number "
        + "series, fees (decimal strings), grade thresholds (highest first), rank points (1st, 2nd, …), appeal "
        + "window and fee, Kalaprathibha minimum events, judges per event, mark aggregation (MEAN, SUM_SCALED, "
        + "TRIMMED_MEAN)")
public record RulesDto(
        DateRangeDto juniorBirthDates,
        DateRangeDto seniorBirthDates,
        Integer maxEntriesPerDistrictPerEvent,
        Integer maxIndividualEventsPerMember,
        SeriesDto juniorChestNumbers,
        SeriesDto seniorChestNumbers,
        Integer maxTeamsPerDistrictPerEvent,
        String individualFee,
        String teamFee,
        String conferenceDelegateFee,
        String appealFee,
        List<GradeDto> grades,
        List<Integer> rankPoints,
        Integer appealWindowMinutes,
        Integer kalaprathibhaMinimumEvents,
        Integer judgesPerEvent,
        String markAggregation,
        Integer trimmedMeanMinimumJudges) {

    @Schema(name = "FestivalBirthDateRange")
    public record DateRangeDto(LocalDate from, LocalDate to) {
    }

    @Schema(name = "FestivalChestNumberSeries")
    public record SeriesDto(Integer start, Integer end) {
    }

    @Schema(name = "FestivalGradeThreshold",
            description = "A grade, the lowest mark (0..100) that earns it, its points")
    public record GradeDto(String grade, BigDecimal minimumMark, Integer points) {
    }

    static RulesDto of(FestivalRules r) {
        return new RulesDto(range(r.juniorBirthDates()), range(r.seniorBirthDates()),
                r.maxEntriesPerDistrictPerEvent(), r.maxIndividualEventsPerMember(), series(r.juniorChestNumbers()),
                series(r.seniorChestNumbers()), r.maxTeamsPerDistrictPerEvent(), r.individualFee().toString(),
                r.teamFee().toString(), r.conferenceDelegateFee().toString(), r.appealFee().toString(),
                r.grades().stream().map(g -> new GradeDto(g.grade(), g.minimumMark(), g.points())).toList(),
                r.rankPoints(), r.appealWindowMinutes(), r.kalaprathibhaMinimumEvents(), r.judgesPerEvent(),
                r.markAggregation().name(), r.trimmedMeanMinimumJudges());
    }

    /** The rules, or every invalid field at once, each named {@code prefix} + its path. */
    FestivalRules toRules(String prefix) {
        Validation errors = new Validation();
        BirthDateRange junior = range(juniorBirthDates, prefix + "juniorBirthDates", errors);
        BirthDateRange senior = range(seniorBirthDates, prefix + "seniorBirthDates", errors);
        ChestNumberSeries juniorSeries = series(juniorChestNumbers, prefix + "juniorChestNumbers", errors);
        ChestNumberSeries seniorSeries = series(seniorChestNumbers, prefix + "seniorChestNumbers", errors);
        Money individual = money(individualFee, prefix + "individualFee", errors);
        Money team = money(teamFee, prefix + "teamFee", errors);
        Money delegate = money(conferenceDelegateFee, prefix + "conferenceDelegateFee", errors);
        Money appeal = money(appealFee, prefix + "appealFee", errors);
        List<GradeThreshold> gradeList = grades(prefix, errors);
        MarkAggregation aggregation = aggregation(prefix, errors);
        errors.required(maxEntriesPerDistrictPerEvent, prefix + "maxEntriesPerDistrictPerEvent");
        errors.required(maxIndividualEventsPerMember, prefix + "maxIndividualEventsPerMember");
        errors.required(maxTeamsPerDistrictPerEvent, prefix + "maxTeamsPerDistrictPerEvent");
        errors.required(rankPoints, prefix + "rankPoints");
        errors.required(appealWindowMinutes, prefix + "appealWindowMinutes");
        errors.required(kalaprathibhaMinimumEvents, prefix + "kalaprathibhaMinimumEvents");
        errors.required(judgesPerEvent, prefix + "judgesPerEvent");
        errors.required(trimmedMeanMinimumJudges, prefix + "trimmedMeanMinimumJudges");
        if (rankPoints != null && rankPoints.contains(null)) {
            errors.add(prefix + "rankPoints", "must not hold an empty value");
        }
        errors.throwIfInvalid();
        FestivalRules rules = errors.under(prefix).read(() -> new FestivalRules(junior, senior,
                maxEntriesPerDistrictPerEvent, maxIndividualEventsPerMember, juniorSeries, seniorSeries,
                maxTeamsPerDistrictPerEvent, individual, team, delegate, appeal, gradeList, rankPoints,
                appealWindowMinutes, kalaprathibhaMinimumEvents, judgesPerEvent, aggregation,
                trimmedMeanMinimumJudges));
        errors.throwIfInvalid();
        return rules;
    }

    private static DateRangeDto range(BirthDateRange range) {
        return new DateRangeDto(range.from(), range.to());
    }

    private static SeriesDto series(ChestNumberSeries series) {
        return new SeriesDto(series.start(), series.end());
    }

    private static BirthDateRange range(DateRangeDto dto, String field, Validation errors) {
        return errors.requiredValue(dto, field) == null ? null
                : errors.under(field + ".").read(() -> new BirthDateRange(dto.from(), dto.to()));
    }

    private static ChestNumberSeries series(SeriesDto dto, String field, Validation errors) {
        if (errors.requiredValue(dto, field) == null) {
            return null;
        }
        errors.required(dto.start(), field + ".start");
        errors.required(dto.end(), field + ".end");
        return dto.start() == null || dto.end() == null ? null
                : errors.under(field + ".").read(() -> new ChestNumberSeries(dto.start(), dto.end()));
    }

    private static Money money(String amount, String field, Validation errors) {
        if (errors.requiredValue(amount, field) == null || amount.isBlank()) {
            return null;
        }
        try {
            return Money.of(amount.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, "must be an amount in rupees with at most two decimals, e.g. \"50.00\"");
            return null;
        }
    }

    private List<GradeThreshold> grades(String prefix, Validation errors) {
        if (errors.requiredValue(grades, prefix + "grades") == null) {
            return null;
        }
        List<GradeThreshold> thresholds = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            GradeDto grade = grades.get(i);
            String field = prefix + "grades[" + i + "]";
            if (errors.requiredValue(grade, field) != null
                    && errors.requiredValue(grade.points(), field + ".points") != null) {
                thresholds.add(errors.under(field + ".")
                        .read(() -> new GradeThreshold(grade.grade(), grade.minimumMark(), grade.points())));
            }
        }
        return thresholds;
    }

    private MarkAggregation aggregation(String prefix, Validation errors) {
        if (errors.requiredValue(markAggregation, prefix + "markAggregation") == null) {
            return null;
        }
        try {
            return MarkAggregation.valueOf(markAggregation.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(prefix + "markAggregation", "must be MEAN, SUM_SCALED or TRIMMED_MEAN");
            return null;
        }
    }
}
