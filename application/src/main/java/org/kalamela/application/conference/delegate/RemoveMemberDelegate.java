package org.kalamela.application.conference.delegate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateRepository;
import org.kalamela.domain.conference.delegate.DelegateRules;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/** A district official removes a member delegate of their district; appointed officials are the admin's. */
@UseCase
public class RemoveMemberDelegate {

    private final ConferenceLookup conferences;
    private final DelegateLookup lookup;
    private final DelegateRepository delegates;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public RemoveMemberDelegate(ConferenceLookup conferences, DelegateLookup lookup, DelegateRepository delegates,
                                AuditLog audit, Clock clock) {
        this.conferences = conferences;
        this.lookup = lookup;
        this.delegates = delegates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an unknown conference, or a delegate missing, of
     *         another conference or of another district
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code DELEGATE_IS_OFFICIAL}, {@code CONFERENCE_INACTIVE}
     */
    @Transactional
    public void execute(ConferenceId conferenceId, DelegateId delegateId, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Conference conference = conferences.require(conferenceId);
        Delegate delegate = lookup.require(conference, delegateId, null, actor);
        DelegateRules.checkRemovalByOfficial(conference, delegate, actor.districtId());
        delegates.delete(delegate.id());
        audit.record(AuditEntry.by(actor, "CONFERENCE_DELEGATE_REMOVED", "conference-delegate", delegate.id(),
                clock.instant(), Map.of("conference", conferenceId.toString(),
                        "member", delegate.memberId().toString())));
    }
}
