package org.kalamela.application.festival.edition;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.draw.DrawPolicy;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.Changes;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin opens, extends or closes an edition's registration window, audited with old and new times. Once judges
 * have marked an event of the edition, the window may only move within the past ({@code REOPEN_AFTER_MARKS},
 * {@link DrawPolicy#checkWindowOnceMarked}). Not serialised with a judge's first mark in the same instant: the
 * window is the office's business before the festival day, the marks are the day's.
 */
@UseCase
public class ChangeRegistrationWindow {

    private final EditionRepository editions;
    private final DrawRepository draws;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ChangeRegistrationWindow(EditionRepository editions, DrawRepository draws, AuditLog audit, Clock clock) {
        this.editions = editions;
        this.draws = draws;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(EditionYear year, RegistrationWindow registrationWindow) {
    }

    @Transactional
    public Edition execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation()
                .required(command.year(), "year")
                .required(command.registrationWindow(), "registrationWindow")
                .throwIfInvalid();
        Edition before = editions.findByYear(command.year())
                .orElseThrow(() -> new NotFound("Edition", command.year()));
        Map<String, String> changed = Changes.between(before.registrationWindow(), command.registrationWindow());
        if (changed.isEmpty()) {
            return before;
        }
        Edition after = new Edition(before.year(), before.rules(), command.registrationWindow());
        DrawPolicy.checkWindowOnceMarked(draws.anyMarked(after.year()), after.registrationWindow(), clock.instant());
        editions.update(after);
        audit.record(AuditEntry.by(actor, "REGISTRATION_WINDOW_CHANGED", "edition", after.year(),
                clock.instant(), changed));
        return after;
    }
}
