package org.kalamela.domain.conference.delegate;

import java.util.Objects;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceRules;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Whether a member may become a delegate of a conference for a district: the conference is active, the member
 * belongs to that district (a member of another district is not found, as every foreign object is), is not
 * yet a delegate of the conference (once per conference, officials included), and the district is under its
 * limit of that kind. Officials and members count against their own limits; both are delegates.
 */
public final class DelegateRules {

    private DelegateRules() {
    }

    /**
     * @throws NotFound when the member is of another district
     * @throws RuleViolation {@code CONFERENCE_INACTIVE}, {@code ALREADY_DELEGATE},
     *         {@code CONFERENCE_OFFICIAL_LIMIT} or {@code CONFERENCE_MEMBER_LIMIT}
     */
    public static void checkNew(Conference conference, ConferenceMember member, DistrictId district,
                                DelegateKind kind, DelegateLimits limits, DelegateCounts counts) {
        Objects.requireNonNull(kind, "kind");
        requireOfDistrict(member, district);
        ConferenceRules.requireActive(conference);
        if (counts.alreadyDelegate()) {
            throw new RuleViolation(ErrorCode.ALREADY_DELEGATE, member.name() + " is already a delegate of '"
                    + conference.title() + "'");
        }
        int limit = limits.of(kind);
        if (counts.registeredOfKind() >= limit) {
            throw new RuleViolation(kind == DelegateKind.OFFICIAL ? ErrorCode.CONFERENCE_OFFICIAL_LIMIT
                    : ErrorCode.CONFERENCE_MEMBER_LIMIT, "The district already has " + limit + " "
                    + (kind == DelegateKind.OFFICIAL ? "official" : "member") + " delegates, its limit");
        }
    }

    /** Throws {@link NotFound} when the member is not of the district: another district's member is not yours. */
    public static void requireOfDistrict(ConferenceMember member, DistrictId district) {
        if (!member.districtId().equals(district)) {
            throw new NotFound("Member", member.memberId());
        }
    }

    /**
     * A district official removes the members they added to their own district; an official delegate is the
     * admin's appointment and leaves with it. Removing needs the conference active, as adding does.
     *
     * @param district the acting official's district
     * @throws NotFound when the delegate is of another district (checked first: another district's delegate is
     *         not yours, whatever it is)
     * @throws RuleViolation {@code DELEGATE_IS_OFFICIAL} or {@code CONFERENCE_INACTIVE}
     */
    public static void checkRemovalByOfficial(Conference conference, Delegate delegate, DistrictId district) {
        Objects.requireNonNull(district, "district");
        if (!delegate.districtId().equals(district)) {
            throw new NotFound("Delegate", delegate.id());
        }
        if (delegate.isOfficial()) {
            throw new RuleViolation(ErrorCode.DELEGATE_IS_OFFICIAL, "Delegate " + delegate.id()
                    + " is an appointed official; the admin removes the appointment");
        }
        ConferenceRules.requireActive(conference);
    }
}
