package org.kalamela.application.festival;

import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.FestivalRules;

/** The 2025-26 rules changed in one or two respects, for tests of a boundary. */
public final class TestRules {

    private static final FestivalRules DEFAULTS = FestivalRules.defaults2026();

    private TestRules() {
    }

    public static FestivalRules withJuniorSeries(int start, int end) {
        return rules(DEFAULTS.maxEntriesPerDistrictPerEvent(), DEFAULTS.maxIndividualEventsPerMember(),
                DEFAULTS.maxTeamsPerDistrictPerEvent(), new ChestNumberSeries(start, end));
    }

    public static FestivalRules withLimits(int perDistrictPerEvent, int perMember, int teamsPerDistrict) {
        return rules(perDistrictPerEvent, perMember, teamsPerDistrict, DEFAULTS.juniorChestNumbers());
    }

    public static FestivalRules withLimitsAndJuniorSeries(int perDistrictPerEvent, int perMember,
                                                          int teamsPerDistrict, int start, int end) {
        return rules(perDistrictPerEvent, perMember, teamsPerDistrict, new ChestNumberSeries(start, end));
    }

    private static FestivalRules rules(int perDistrictPerEvent, int perMember, int teamsPerDistrict,
                                       ChestNumberSeries juniors) {
        FestivalRules d = DEFAULTS;
        return new FestivalRules(d.juniorBirthDates(), d.seniorBirthDates(), perDistrictPerEvent, perMember,
                juniors, d.seniorChestNumbers(), teamsPerDistrict, d.individualFee(), d.teamFee(),
                d.conferenceDelegateFee(), d.appealFee(), d.grades(), d.rankPoints(), d.appealWindowMinutes(),
                d.kalaprathibhaMinimumEvents(), d.judgesPerEvent(), d.markAggregation(),
                d.trimmedMeanMinimumJudges());
    }
}
