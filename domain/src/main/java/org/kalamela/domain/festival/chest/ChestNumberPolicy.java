package org.kalamela.domain.festival.chest;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Chest numbers come from the series of the member's seniority, one number after the other from a
 * per-series counter (the old app took the maximum plus one without a lock and mixed the series after
 * 100 entries). A number once given stays its member's for the edition, so the counter never moves back.
 */
public final class ChestNumberPolicy {

    private final FestivalRules rules;

    public ChestNumberPolicy(FestivalRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public ChestNumberSeries seriesFor(Seniority seniority) {
        return rules.chestNumbers(seniority);
    }

    /**
     * The number to allocate after {@code lastAllocated}, the counter of the seniority's series read under
     * lock (empty before the first allocation). Throws {@code CHEST_NUMBER_SERIES_EXHAUSTED} at the end.
     */
    public ChestNumber next(Seniority seniority, Optional<ChestNumber> lastAllocated) {
        ChestNumberSeries series = seriesFor(seniority);
        return series.next(lastAllocated).orElseThrow(() -> exhausted(seniority));
    }

    /** The error for a used-up series, when the counter of the seniority's series has no number left. */
    public RuleViolation exhausted(Seniority seniority) {
        return new RuleViolation(ErrorCode.CHEST_NUMBER_SERIES_EXHAUSTED,
                "The " + seniority.displayName() + " chest-number series " + seriesFor(seniority) + " is used up");
    }

    /**
     * Checks a number the admin typed for a member: it lies in the series of the member's seniority and no
     * other member of the edition holds it.
     */
    public ChestNumber checkEdited(ChestNumber proposed, Seniority memberSeniority, boolean takenByAnotherMember) {
        ChestNumberSeries own = seriesFor(memberSeniority);
        if (!own.contains(proposed)) {
            boolean inAnySeries = rules.juniorChestNumbers().contains(proposed)
                    || rules.seniorChestNumbers().contains(proposed);
            throw new RuleViolation(inAnySeries ? ErrorCode.CHEST_NUMBER_WRONG_SERIES : ErrorCode.CHEST_NUMBER_OUT_OF_SERIES,
                    "Chest number " + proposed + " is not in the " + memberSeniority.displayName() + " series "
                            + own);
        }
        if (takenByAnotherMember) {
            throw new RuleViolation(ErrorCode.CHEST_NUMBER_TAKEN, "Chest number " + proposed + " is already given");
        }
        return proposed;
    }
}
