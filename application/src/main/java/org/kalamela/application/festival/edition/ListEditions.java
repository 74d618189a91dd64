package org.kalamela.application.festival.edition;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** The admin's list of editions with their rules and windows, newest first, the current one flagged. */
@UseCase
public class ListEditions {

    private final EditionRepository editions;

    @Inject
    public ListEditions(EditionRepository editions) {
        this.editions = editions;
    }

    @Transactional
    public List<EditionView> execute(Actor actor) {
        actor.require(Role.ADMIN);
        Optional<EditionYear> current = editions.findCurrent().map(Edition::year);
        return editions.findAll().stream()
                .map(edition -> new EditionView(edition, current.equals(Optional.of(edition.year()))))
                .toList();
    }
}
