package org.kalamela.application.festival.edition;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.Changes;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin replaces an edition's rules, audited with every changed number (old and new). Entries already
 * made keep the seniority they were made under and members keep their chest numbers: new rules apply to
 * what is done from now on.
 */
@UseCase
public class ChangeEditionRules {

    private final EditionRepository editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ChangeEditionRules(EditionRepository editions, AuditLog audit, Clock clock) {
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(EditionYear year, FestivalRules rules) {
    }

    @Transactional
    public Edition execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(command.year(), "year").required(command.rules(), "rules").throwIfInvalid();
        Edition before = editions.findByYear(command.year())
                .orElseThrow(() -> new NotFound("Edition", command.year()));
        Map<String, String> changed = Changes.between(before.rules(), command.rules());
        if (changed.isEmpty()) {
            return before;
        }
        Edition after = new Edition(before.year(), command.rules(), before.registrationWindow());
        editions.update(after);
        audit.record(AuditEntry.by(actor, "EDITION_RULES_CHANGED", "edition", after.year(), clock.instant(),
                changed));
        return after;
    }
}
