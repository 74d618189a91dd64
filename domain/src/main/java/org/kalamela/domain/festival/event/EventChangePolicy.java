package org.kalamela.domain.festival.event;

import java.util.Locale;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * What may change in an event that already has entries or teams. Its kind may not (an individual entry
 * cannot become a team), nor its short code, which is printed in its teams' codes: a new code would leave
 * the printed ones naming nothing, and the old code, freed, could be given to another event whose teams
 * would then share codes with these. Restrictions, flags and the team size range may change; the entries
 * already made stay as they are.
 */
public final class EventChangePolicy {

    /**
     * @param hasEntries whether individual entries or teams reference the event
     * @throws RuleViolation {@code EVENT_HAS_ENTRIES} or {@code SHORT_CODE_IN_USE}
     */
    public void check(FestivalEvent before, FestivalEvent after, boolean hasEntries) {
        if (!before.id().equals(after.id()) || !before.edition().equals(after.edition())) {
            throw new IllegalArgumentException("an event keeps its id and edition");
        }
        if (!hasEntries) {
            return;
        }
        if (before.kind() != after.kind()) {
            throw new RuleViolation(ErrorCode.EVENT_HAS_ENTRIES,
                    before.name() + " has entries: it stays " + before.kind().name().toLowerCase(Locale.ROOT));
        }
        if (!before.shortCode().equals(after.shortCode())) {
            throw new RuleViolation(ErrorCode.SHORT_CODE_IN_USE, "The short code " + before.shortCode()
                    + " is printed in the codes of the teams of " + before.name() + " and cannot change");
        }
    }

    /**
     * Checks that an event may be deleted: only one nothing references; otherwise it is deactivated.
     *
     * @throws RuleViolation {@code EVENT_HAS_ENTRIES}
     */
    public void checkDelete(FestivalEvent event, boolean hasEntries) {
        if (hasEntries) {
            throw new RuleViolation(ErrorCode.EVENT_HAS_ENTRIES,
                    event.name() + " has entries and cannot be deleted; deactivate it instead");
        }
    }
}
