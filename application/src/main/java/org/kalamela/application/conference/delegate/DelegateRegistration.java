package org.kalamela.application.conference.delegate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.delegate.ConferenceMember;
import org.kalamela.domain.conference.delegate.ConferenceMemberDirectory;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateCounts;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateLimits;
import org.kalamela.domain.conference.delegate.DelegateLocks;
import org.kalamela.domain.conference.delegate.DelegateNeeds;
import org.kalamela.domain.conference.delegate.DelegateRepository;
import org.kalamela.domain.conference.delegate.DelegateRules;
import org.kalamela.domain.conference.delegate.NewDelegate;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * How a delegate of either kind is registered, for the official adding a member and the admin appointing an
 * official alike: the member is found (of the district, else 404), the district's delegates of the conference
 * are locked, counted and checked against the district's limits ({@link DelegateRules}), then the delegate is
 * stored. {@link #admit} and {@link #add} are two steps so that an appointment creates the district's account
 * only once the delegate is admitted; both run in the caller's one transaction, so the lock holds throughout.
 */
@ApplicationScoped
public class DelegateRegistration {

    /** A member admitted as a delegate of a kind, under the district's lock: what {@link #add} stores. */
    public record Admission(Conference conference, ConferenceMember member, DelegateKind kind) {
    }

    private final ConferenceMemberDirectory members;
    private final DelegateRepository delegates;
    private final DelegateLocks locks;
    private final DistrictRepository districts;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DelegateRegistration(ConferenceMemberDirectory members, DelegateRepository delegates, DelegateLocks locks,
                                DistrictRepository districts, AuditLog audit, Clock clock) {
        this.members = members;
        this.delegates = delegates;
        this.locks = locks;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member, or 404 when there is none or (for an official) they are of another district. */
    public ConferenceMember member(MemberId id, DistrictId district) {
        ConferenceMember member = members.find(id).orElseThrow(() -> new NotFound("Member", id));
        if (district != null) {
            DelegateRules.requireOfDistrict(member, district);
        }
        return member;
    }

    /** The district's limits as the district keeps them now (an edit by the admin applies at once). */
    public DelegateLimits limitsOf(DistrictId district) {
        ConferenceLimits limits = districts.findById(district)
                .orElseThrow(() -> new NotFound("District", district)).conferenceLimits();
        return new DelegateLimits(limits.officials(), limits.members());
    }

    /**
     * Locks the member's district's delegates of the conference, counts them and checks the rules.
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CONFERENCE_INACTIVE}, {@code ALREADY_DELEGATE},
     *         {@code CONFERENCE_OFFICIAL_LIMIT}, {@code CONFERENCE_MEMBER_LIMIT}
     */
    public Admission admit(Conference conference, ConferenceMember member, DelegateKind kind) {
        DistrictId district = member.districtId();
        locks.lockDistrict(conference.id(), district);
        DelegateCounts counts = new DelegateCounts(delegates.count(conference.id(), district, kind),
                delegates.isDelegate(conference.id(), member.memberId()));
        DelegateRules.checkNew(conference, member, district, kind, limitsOf(district), counts);
        return new Admission(conference, member, kind);
    }

    /** Stores the admitted delegate and audits it ({@code CONFERENCE_DELEGATE_ADDED}). */
    public Delegate add(Admission admission, DelegateNeeds needs, AccountId officialAccount, Actor actor) {
        Instant now = clock.instant();
        ConferenceMember member = admission.member();
        Delegate delegate = delegates.add(new NewDelegate(admission.conference().id(), member.districtId(),
                member.memberId(), admission.kind(), needs, officialAccount, actor.accountId(), now));
        audit.record(AuditEntry.by(actor, "CONFERENCE_DELEGATE_ADDED", "conference-delegate", delegate.id(), now,
                Map.of("conference", admission.conference().id().toString(), "member", member.memberId().toString(),
                        "district", member.districtId().toString(), "kind", admission.kind().name(),
                        "foodPreference", needs.food().name(),
                        "accommodation", Boolean.toString(needs.needsAccommodation()))));
        return delegate;
    }
}
