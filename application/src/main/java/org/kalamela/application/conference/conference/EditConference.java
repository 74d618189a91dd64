package org.kalamela.application.conference.conference;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceDetails;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.conference.conference.ConferenceRules;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.Changes;
import org.kalamela.domain.shared.value.Money;

/**
 * The admin edits a conference: title, details, fee per delegate, and the active flag (deactivating is how a
 * conference with delegates is retired; reactivating needs no other conference active). Fields not given are
 * unchanged; {@code clearDetails} empties the details.
 */
@UseCase
public class EditConference {

    public record Command(ConferenceId id, String title, String details, boolean clearDetails, Money delegateFee,
                          Boolean active) {
    }

    private final ConferenceRepository conferences;
    private final ConferenceLookup lookup;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public EditConference(ConferenceRepository conferences, ConferenceLookup lookup, AuditLog audit, Clock clock) {
        this.conferences = conferences;
        this.lookup = lookup;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an unknown conference
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CONFERENCE_ALREADY_ACTIVE}
     */
    @Transactional
    public ConferenceView execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Conference before = lookup.require(command.id());
        ConferenceDetails old = before.details();
        ConferenceDetails details = new ConferenceDetails(
                command.title() == null ? old.title() : command.title(),
                command.clearDetails() ? null : command.details() == null ? old.details() : command.details(),
                command.delegateFee() == null ? old.delegateFee() : command.delegateFee());
        boolean active = command.active() == null ? before.active() : command.active();
        ConferenceRules.requireNoOtherActive(active, conferences.findActive(), before.id());
        Conference after = before.withDetails(details).withActive(active);
        Map<String, String> changes = new LinkedHashMap<>(Changes.between(old, details));
        if (active != before.active()) {
            changes.put("active", before.active() + " -> " + active);
        }
        if (!changes.isEmpty()) {
            conferences.update(after);
            audit.record(AuditEntry.by(actor, "CONFERENCE_EDITED", "conference", after.id(), clock.instant(),
                    changes));
        }
        return ConferenceView.of(after);
    }
}
