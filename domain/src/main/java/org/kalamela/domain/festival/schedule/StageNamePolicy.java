package org.kalamela.domain.festival.schedule;

import java.util.Collection;
import java.util.Locale;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Stage names are unique within an edition, ignoring case: the name is what the call sheets and the public
 * schedule print, so two "Main stage" venues could not be told apart.
 */
public final class StageNamePolicy {

    private StageNamePolicy() {
    }

    /**
     * @param otherNames the names of the edition's other stages (the stage being edited left out)
     * @throws RuleViolation {@code STAGE_NAME_TAKEN}
     */
    public static void checkUnique(String name, Collection<String> otherNames) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (String other : otherNames) {
            if (other.strip().toLowerCase(Locale.ROOT).equals(key)) {
                throw new RuleViolation(ErrorCode.STAGE_NAME_TAKEN, "The edition already has a stage named " + other);
            }
        }
    }
}
