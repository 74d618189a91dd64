package org.kalamela.application.festival.edition;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;

/** The admin makes an edition the current one, on which official and public endpoints act. */
@UseCase
public class MarkCurrentEdition {

    private final EditionRepository editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public MarkCurrentEdition(EditionRepository editions, AuditLog audit, Clock clock) {
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Edition execute(EditionYear year, Actor actor) {
        actor.require(Role.ADMIN);
        Edition edition = editions.findByYear(year).orElseThrow(() -> new NotFound("Edition", year));
        Optional<EditionYear> previous = editions.findCurrent().map(Edition::year);
        if (previous.equals(Optional.of(year))) {
            return edition;
        }
        editions.markCurrent(year);
        audit.record(AuditEntry.by(actor, "EDITION_MARKED_CURRENT", "edition", year, clock.instant(),
                Map.of("previous", previous.map(EditionYear::toString).orElse("none"))));
        return edition;
    }
}
