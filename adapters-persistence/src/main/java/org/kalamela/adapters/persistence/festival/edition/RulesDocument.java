package org.kalamela.adapters.persistence.festival.edition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kalamela.domain.festival.edition.BirthDateRange;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.GradeThreshold;
import org.kalamela.domain.festival.edition.MarkAggregation;
import org.kalamela.domain.shared.value.Money;

/**
 * How an edition's {@link FestivalRules} are stored in {@code editions.rules} (JSONB): plain JSON values
 * only (dates as {@code YYYY-MM-DD}, money and marks as decimal strings), so the document reads the same
 * in {@code psql} and does not depend on how a JSON library writes dates or decimals. The mapper is the
 * adapter's own, independent of the REST layer's settings.
 */
// Native image: read and written by this adapter's own ObjectMapper, which Quarkus does not see.
@RegisterForReflection(registerFullHierarchy = true)
record RulesDocument(
        Range juniorBirthDates,
        Range seniorBirthDates,
        int maxEntriesPerDistrictPerEvent,
        int maxIndividualEventsPerMember,
        Series juniorChestNumbers,
        Series seniorChestNumbers,
        int maxTeamsPerDistrictPerEvent,
        String individualFee,
        String teamFee,
        String conferenceDelegateFee,
        String appealFee,
        List<Grade> grades,
        List<Integer> rankPoints,
        int appealWindowMinutes,
        int kalaprathibhaMinimumEvents,
        int judgesPerEvent,
        String markAggregation,
        int trimmedMeanMinimumJudges) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARSED_KEPT = 64;
    private static final Map<String, FestivalRules> PARSED = new ConcurrentHashMap<>();

    record Range(String from, String to) {

        static Range of(BirthDateRange range) {
            return new Range(range.from().toString(), range.to().toString());
        }

        BirthDateRange toDomain() {
            return new BirthDateRange(LocalDate.parse(from), LocalDate.parse(to));
        }
    }

    record Series(int start, int end) {

        static Series of(ChestNumberSeries series) {
            return new Series(series.start(), series.end());
        }

        ChestNumberSeries toDomain() {
            return new ChestNumberSeries(start, end);
        }
    }

    record Grade(String grade, String minimumMark, int points) {

        static Grade of(GradeThreshold threshold) {
            return new Grade(threshold.grade(), threshold.minimumMark().toPlainString(), threshold.points());
        }

        GradeThreshold toDomain() {
            return new GradeThreshold(grade, new BigDecimal(minimumMark), points);
        }
    }

    static String toJson(FestivalRules rules) {
        RulesDocument document = new RulesDocument(Range.of(rules.juniorBirthDates()),
                Range.of(rules.seniorBirthDates()), rules.maxEntriesPerDistrictPerEvent(),
                rules.maxIndividualEventsPerMember(), Series.of(rules.juniorChestNumbers()),
                Series.of(rules.seniorChestNumbers()), rules.maxTeamsPerDistrictPerEvent(),
                rules.individualFee().toString(), rules.teamFee().toString(), rules.conferenceDelegateFee().toString(),
                rules.appealFee().toString(), rules.grades().stream().map(Grade::of).toList(), rules.rankPoints(),
                rules.appealWindowMinutes(), rules.kalaprathibhaMinimumEvents(), rules.judgesPerEvent(),
                rules.markAggregation().name(), rules.trimmedMeanMinimumJudges());
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the rules of an edition as JSON", e);
        }
    }

    /**
     * The rules read from a stored document, parsed once per distinct document: every official request reads the
     * current edition, and parsing its JSON was an eighth of an entry's CPU in the load harness
     * (docs/benchmarks.md). {@link FestivalRules} is immutable, so one instance serves every reader. Editions
     * are few and their rules change rarely; the map is emptied if it ever holds {@value #PARSED_KEPT}.
     */
    static FestivalRules fromJson(String json) {
        FestivalRules rules = PARSED.get(json);
        if (rules == null) {
            if (PARSED.size() >= PARSED_KEPT) {
                PARSED.clear();
            }
            rules = parse(json);
            PARSED.put(json, rules);
        }
        return rules;
    }

    private static FestivalRules parse(String json) {
        RulesDocument d;
        try {
            d = JSON.readValue(json, RulesDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored rules of an edition are not a rules document", e);
        }
        return new FestivalRules(d.juniorBirthDates.toDomain(), d.seniorBirthDates.toDomain(),
                d.maxEntriesPerDistrictPerEvent, d.maxIndividualEventsPerMember, d.juniorChestNumbers.toDomain(),
                d.seniorChestNumbers.toDomain(), d.maxTeamsPerDistrictPerEvent, Money.of(d.individualFee),
                Money.of(d.teamFee), Money.of(d.conferenceDelegateFee), Money.of(d.appealFee),
                d.grades.stream().map(Grade::toDomain).toList(), d.rankPoints, d.appealWindowMinutes,
                d.kalaprathibhaMinimumEvents, d.judgesPerEvent, MarkAggregation.valueOf(d.markAggregation),
                d.trimmedMeanMinimumJudges);
    }
}
