package org.kalamela.domain.registry.unit;

import java.util.EnumSet;
import java.util.Set;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * What a unit account may change, by the state of its registration:
 * <ul>
 *   <li>started or returned: everything;</li>
 *   <li>submitted: nothing until the admin returns it ({@code UNIT_LOCKED});</li>
 *   <li>approved: it keeps its members current, adding members and editing them; its details, officials,
 *       councilors and the removal of members are settled by the approval ({@code UNIT_LOCKED}).</li>
 * </ul>
 * Whatever the state, the name, gender or date of birth of a member with festival entries changes only
 * through the admin, and such a member is not removed ({@code MEMBER_HAS_ENTRIES}): entries, seniority
 * and certificates rest on them.
 */
public final class UnitEditPolicy {

    private static final Set<UnitChange> AFTER_APPROVAL =
            EnumSet.of(UnitChange.ADD_MEMBER, UnitChange.EDIT_MEMBER_CONTACT, UnitChange.EDIT_MEMBER_IDENTITY);
    private static final Set<UnitChange> PROTECTED_BY_ENTRIES =
            EnumSet.of(UnitChange.EDIT_MEMBER_IDENTITY, UnitChange.REMOVE_MEMBER);

    private UnitEditPolicy() {
    }

    /** Throws {@code UNIT_LOCKED} when the registration's state does not allow the change. */
    public static void check(RegistrationStatus status, UnitChange change) {
        boolean allowed = switch (status) {
            case REGISTRATION_STARTED, RETURNED -> true;
            case SUBMITTED -> false;
            case APPROVED -> AFTER_APPROVAL.contains(change);
        };
        if (!allowed) {
            throw new RuleViolation(ErrorCode.UNIT_LOCKED, status == RegistrationStatus.SUBMITTED
                    ? "The registration is submitted; nothing can be changed until the diocese office returns it"
                    : "The registration is approved; only members can be added or edited now");
        }
    }

    /** As {@link #check}, and throws {@code MEMBER_HAS_ENTRIES} for a change entries forbid. */
    public static void checkMember(RegistrationStatus status, UnitChange change, boolean memberHasEntries) {
        check(status, change);
        if (memberHasEntries && PROTECTED_BY_ENTRIES.contains(change)) {
            throw new RuleViolation(ErrorCode.MEMBER_HAS_ENTRIES, "The member has festival entries: their name, gender "
                    + "and date of birth change only through the diocese office, and they cannot be removed");
        }
    }
}
