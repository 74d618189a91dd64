package org.kalamela.domain.registry.member;

import org.kalamela.domain.shared.id.MemberId;

/**
 * Outbound port: whether a member takes part in the festival. Implemented over the festival's entries;
 * the registry asks because a member with entries keeps the name, gender and birth date they were entered
 * with unless the admin changes them, and cannot be removed.
 */
public interface MemberEntryLookup {

    /** True when the member has an individual entry or is in a team, in any edition. */
    boolean hasEntries(MemberId member);
}
