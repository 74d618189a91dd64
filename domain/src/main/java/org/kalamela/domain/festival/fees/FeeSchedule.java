package org.kalamela.domain.festival.fees;

import java.util.Objects;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.shared.value.Money;

/** What a district owes for the Kalamela: the fees of its current entries, at the edition's rates. */
public final class FeeSchedule {

    private final FestivalRules rules;

    public FeeSchedule(FestivalRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public Money duesFor(long individualEntries, long teams) {
        if (individualEntries < 0 || teams < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        return rules.individualFee().times(individualEntries).plus(rules.teamFee().times(teams));
    }
}
