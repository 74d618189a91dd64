package org.kalamela.application.festival.edition;

import java.util.Objects;
import org.kalamela.domain.festival.edition.Edition;

/** An edition as the admin lists it, and whether it is the current one. */
public record EditionView(Edition edition, boolean current) {

    public EditionView {
        Objects.requireNonNull(edition, "edition");
    }
}
