package org.kalamela.domain.festival.entry;

import org.kalamela.domain.festival.eligibility.MemberEntries;

/**
 * The counts {@link IndividualEntryLimits} decides on, read by the caller after locking the scope (the
 * district, event and seniority), so that two requests cannot both take the last place.
 *
 * @param districtEntries entries of the district in this event for the member's seniority
 * @param memberIndividualEvents individual events the member is entered in, across the whole edition
 * @param alreadyEntered whether the member is already entered in this event
 */
public record IndividualEntryCounts(int districtEntries, int memberIndividualEvents, boolean alreadyEntered) {

    public IndividualEntryCounts {
        if (districtEntries < 0 || memberIndividualEvents < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public MemberEntries memberEntries() {
        return new MemberEntries(alreadyEntered, memberIndividualEvents);
    }
}
