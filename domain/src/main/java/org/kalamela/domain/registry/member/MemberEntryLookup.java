package org.kalamela.domain.registry.member;

import org.kalamela.domain.shared.id.MemberId;

/**
 * Outbound port: whether a member takes part in the festival or a conference. Implemented over the
 * festival's entries and the conferences' delegates; the registry asks because a member with entries keeps the
 * name, gender and birth date they were entered with unless the admin changes them, and cannot be removed (a
 * delegate's registration and fees are the conference's record).
 */
public interface MemberEntryLookup {

    /**
     * True when the member has an individual entry or is in a team, in any edition, or is a delegate of any
     * conference.
     */
    boolean hasEntries(MemberId member);
}
