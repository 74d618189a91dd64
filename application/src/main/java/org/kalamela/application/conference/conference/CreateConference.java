package org.kalamela.application.conference.conference;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceDetails;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.conference.conference.ConferenceRules;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.value.Money;

/** The admin creates a conference, active unless told otherwise; only one is active at a time. */
@UseCase
public class CreateConference {

    /** {@code delegateFee} null: 300; {@code active} null: true. */
    public record Command(String title, String details, Money delegateFee, Boolean active) {
    }

    private final ConferenceRepository conferences;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public CreateConference(ConferenceRepository conferences, AuditLog audit, Clock clock) {
        this.conferences = conferences;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code CONFERENCE_ALREADY_ACTIVE} */
    @Transactional
    public ConferenceView execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        ConferenceDetails details = new ConferenceDetails(command.title(), command.details(),
                command.delegateFee() == null ? ConferenceDetails.DEFAULT_DELEGATE_FEE : command.delegateFee());
        boolean active = command.active() == null || command.active();
        ConferenceRules.requireNoOtherActive(active, conferences.findActive(), null);
        Instant now = clock.instant();
        Conference created = conferences.create(details, active, now);
        audit.record(AuditEntry.by(actor, "CONFERENCE_CREATED", "conference", created.id(), now, Map.of(
                "title", details.title(), "delegateFee", details.delegateFee().toString(),
                "active", Boolean.toString(active))));
        return ConferenceView.of(created);
    }
}
