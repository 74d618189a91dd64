package org.kalamela.application.festival.edition;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.Edition;

/**
 * The current edition with its rules and registration window, for anyone: officials see when registration
 * closes, the public which edition results belong to.
 */
@UseCase
public class ShowCurrentEdition {

    private final CurrentEdition currentEdition;

    @Inject
    public ShowCurrentEdition(CurrentEdition currentEdition) {
        this.currentEdition = currentEdition;
    }

    @Transactional
    public Edition execute() {
        return currentEdition.require();
    }
}
