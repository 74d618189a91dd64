package org.kalamela.domain.registry.member;

import java.util.Optional;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;

/**
 * A member's phone is theirs alone across all units (it identifies them at the festival), and a unit does
 * not list the same person twice, known by name and date of birth. The member being edited may keep its own
 * phone and name.
 */
public final class MemberUniqueness {

    private MemberUniqueness() {
    }

    /**
     * Throws {@code PHONE_IN_USE} when {@code phoneHolder} (the member found with the phone) is another
     * member, then {@code DUPLICATE_MEMBER} when {@code twin} (the unit's member with the same name and date
     * of birth) is; {@code self} is the member being edited, null for a new one.
     */
    public static void check(MemberDetails details, MemberId self, Optional<Member> phoneHolder,
                             Optional<Member> twin) {
        phoneHolder.filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new RuleViolation(ErrorCode.PHONE_IN_USE, "Another member has the phone number " + details.phone());
        });
        twin.filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new RuleViolation(ErrorCode.DUPLICATE_MEMBER, "The unit already has " + other.details().name()
                    + ", born " + other.details().dateOfBirth());
        });
    }
}
