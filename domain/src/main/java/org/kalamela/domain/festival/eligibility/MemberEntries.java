package org.kalamela.domain.festival.eligibility;

/**
 * What a member already has in the edition, as read by the caller: whether they are entered in the event
 * at hand (individually, or in a team of a group event) and how many individual events they are entered in.
 */
public record MemberEntries(boolean enteredInEvent, int individualEvents) {

    public MemberEntries {
        if (individualEvents < 0) {
            throw new IllegalArgumentException("a count is never negative: " + individualEvents);
        }
    }

    public static MemberEntries none() {
        return new MemberEntries(false, 0);
    }
}
