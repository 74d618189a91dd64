package org.kalamela.application.conference.delegate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.conference.ConferenceRules;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateNeeds;
import org.kalamela.domain.conference.delegate.DelegateRepository;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.Changes;

/**
 * A delegate's food preference or accommodation changes: by the district's official (any delegate of their
 * district, appointed officials included) or by the admin. Fields not given are unchanged.
 */
@UseCase
public class ChangeDelegateNeeds {

    /** {@code kind}: the kind the request's path names, or null for either. */
    public record Command(ConferenceId conferenceId, DelegateId delegateId, DelegateKind kind,
                          FoodPreference foodPreference, Boolean accommodation) {
    }

    private final ConferenceLookup conferences;
    private final DelegateLookup lookup;
    private final DelegateRepository delegates;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ChangeDelegateNeeds(ConferenceLookup conferences, DelegateLookup lookup, DelegateRepository delegates,
                               AuditLog audit, Clock clock) {
        this.conferences = conferences;
        this.lookup = lookup;
        this.delegates = delegates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an unknown conference, or a delegate missing, of
     *         another conference or kind, or of another district
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CONFERENCE_INACTIVE}
     */
    @Transactional
    public DelegateView execute(Command command, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        Conference conference = conferences.require(command.conferenceId());
        Delegate delegate = lookup.require(conference, command.delegateId(), command.kind(), actor);
        ConferenceRules.requireActive(conference);
        DelegateNeeds before = delegate.needs();
        DelegateNeeds after = new DelegateNeeds(
                command.foodPreference() == null ? before.food() : command.foodPreference(),
                command.accommodation() == null ? before.accommodation() : command.accommodation());
        Map<String, String> changes = Changes.between(before, after);
        if (!changes.isEmpty()) {
            delegates.updateNeeds(delegate.id(), after);
            audit.record(AuditEntry.by(actor, "CONFERENCE_DELEGATE_EDITED", "conference-delegate", delegate.id(),
                    clock.instant(), changes));
        }
        return lookup.view(delegate.withNeeds(after));
    }
}
