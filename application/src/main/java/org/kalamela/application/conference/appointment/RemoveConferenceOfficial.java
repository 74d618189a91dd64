package org.kalamela.application.conference.appointment;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.delegate.DelegateLookup;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.conference.ConferenceRules;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The admin removes an appointed official from the active conference: the official delegate goes, the
 * district's account stays (it is the district's, not the conference's).
 */
@UseCase
public class RemoveConferenceOfficial {

    private final ConferenceLookup conferences;
    private final DelegateLookup lookup;
    private final DelegateRepository delegates;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public RemoveConferenceOfficial(ConferenceLookup conferences, DelegateLookup lookup, DelegateRepository delegates,
                                    AuditLog audit, Clock clock) {
        this.conferences = conferences;
        this.lookup = lookup;
        this.delegates = delegates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an unknown conference, or a delegate missing, of
     *         another conference or no official
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CONFERENCE_INACTIVE}
     */
    @Transactional
    public void execute(ConferenceId conferenceId, DelegateId delegateId, Actor actor) {
        actor.require(Role.ADMIN);
        Conference conference = conferences.require(conferenceId);
        Delegate official = lookup.require(conference, delegateId, DelegateKind.OFFICIAL, actor);
        ConferenceRules.requireActive(conference);
        delegates.delete(official.id());
        audit.record(AuditEntry.by(actor, "CONFERENCE_OFFICIAL_REMOVED", "conference-delegate", official.id(),
                clock.instant(), Map.of("conference", conferenceId.toString(),
                        "member", official.memberId().toString(), "district", official.districtId().toString())));
    }
}
