package org.kalamela.application.festival.edition;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.EditionYearPolicy;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin creates a festival edition with its rules and registration window. It is not current until the
 * admin marks it so (see {@link MarkCurrentEdition}), so next year's edition can be prepared while this
 * year's runs.
 */
@UseCase
public class CreateEdition {

    private final EditionRepository editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public CreateEdition(EditionRepository editions, AuditLog audit, Clock clock) {
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(EditionYear year, RegistrationWindow registrationWindow, FestivalRules rules) {
    }

    /** @throws RuleViolation {@code EDITION_EXISTS} */
    @Transactional
    public Edition execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation()
                .required(command.year(), "year")
                .required(command.registrationWindow(), "registrationWindow")
                .required(command.rules(), "rules")
                .throwIfInvalid();
        EditionYearPolicy.checkNew(command.year(), editions.findByYear(command.year()).isPresent());
        Edition edition = new Edition(command.year(), command.rules(), command.registrationWindow());
        editions.create(edition);
        audit.record(AuditEntry.by(actor, "EDITION_CREATED", "edition", edition.year(), clock.instant(), Map.of(
                "opens", edition.registrationWindow().opens().toString(),
                "closes", edition.registrationWindow().closes().toString())));
        return edition;
    }
}
