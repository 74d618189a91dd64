package org.kalamela.application.festival.edition;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;

/** One edition with its rules and window, flagged if current (the Location of a created edition). */
@UseCase
public class ShowEdition {

    private final EditionRepository editions;

    @Inject
    public ShowEdition(EditionRepository editions) {
        this.editions = editions;
    }

    @Transactional
    public EditionView execute(EditionYear year, Actor actor) {
        actor.require(Role.ADMIN);
        Edition edition = (year == null ? Optional.<Edition>empty() : editions.findByYear(year))
                .orElseThrow(() -> new NotFound("edition", year));
        Optional<EditionYear> current = editions.findCurrent().map(Edition::year);
        return new EditionView(edition, current.equals(Optional.of(edition.year())));
    }
}
