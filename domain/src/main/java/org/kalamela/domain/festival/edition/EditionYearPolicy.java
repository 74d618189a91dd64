package org.kalamela.domain.festival.edition;

import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * One edition per year: the year names the edition everywhere (chest numbers, entries, results), so a
 * second edition of a year would make those ambiguous. An existing edition's rules are edited instead.
 */
public final class EditionYearPolicy {

    private EditionYearPolicy() {
    }

    /** Throws {@code EDITION_EXISTS} when the year already has an edition. */
    public static void checkNew(EditionYear year, boolean yearHasEdition) {
        if (yearHasEdition) {
            throw new RuleViolation(ErrorCode.EDITION_EXISTS, "The edition " + year + " exists already");
        }
    }
}
