package org.kalamela.domain.festival.event;

import java.util.Collection;
import java.util.Locale;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Event names are unique within an edition, ignoring case: a name is what officials pick from and what is
 * printed on call sheets, so two "Group Song" events could not be told apart.
 */
public final class EventNamePolicy {

    /**
     * Checks a new or changed name against the names of the other events of the edition (the event itself
     * left out).
     *
     * @throws RuleViolation {@code EVENT_NAME_TAKEN}
     */
    public void checkUnique(String name, Collection<String> otherNames) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (String other : otherNames) {
            if (other.trim().toLowerCase(Locale.ROOT).equals(key)) {
                throw new RuleViolation(ErrorCode.EVENT_NAME_TAKEN, "The edition already has an event named " + other);
            }
        }
    }
}
