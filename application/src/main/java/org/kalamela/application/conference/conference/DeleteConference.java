package org.kalamela.application.conference.conference;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.conference.conference.ConferenceRules;
import org.kalamela.domain.conference.delegate.DelegateRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/** The admin deletes a conference that has no delegates; one with delegates is deactivated instead. */
@UseCase
public class DeleteConference {

    private final ConferenceRepository conferences;
    private final DelegateRepository delegates;
    private final ConferenceLookup lookup;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DeleteConference(ConferenceRepository conferences, DelegateRepository delegates, ConferenceLookup lookup,
                            AuditLog audit, Clock clock) {
        this.conferences = conferences;
        this.delegates = delegates;
        this.lookup = lookup;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an unknown conference
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CONFERENCE_HAS_DELEGATES}
     */
    @Transactional
    public void execute(ConferenceId id, Actor actor) {
        actor.require(Role.ADMIN);
        Conference conference = lookup.require(id);
        ConferenceRules.requireDeletable(conference, delegates.existsForConference(id));
        conferences.delete(id);
        audit.record(AuditEntry.by(actor, "CONFERENCE_DELETED", "conference", id, clock.instant(),
                Map.of("title", conference.title())));
    }
}
