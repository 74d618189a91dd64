package org.kalamela.domain.festival.schedule;

import java.util.Objects;
import org.kalamela.domain.festival.edition.EditionYear;

/** A stored stage (a venue) of an edition. */
public record Stage(StageId id, EditionYear edition, StageDetails details) {

    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(details, "details");
    }

    public String name() {
        return details.name();
    }

    public Stage with(StageDetails changed) {
        return new Stage(id, edition, changed);
    }
}
