package org.kalamela.adapters.persistence.festival.schedule;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;
import org.kalamela.domain.festival.schedule.StageId;

/** The one mapping between a {@code stages} row and a {@link Stage}. */
final class StageMapper {

    private StageMapper() {
    }

    static Stage toDomain(StageEntity e) {
        return new Stage(StageId.of(e.id), EditionYear.of(e.editionYear),
                new StageDetails(e.name, e.location, e.capacity));
    }

    static void copy(StageDetails details, StageEntity entity) {
        entity.name = details.name();
        entity.location = details.location();
        entity.capacity = details.capacity();
    }
}
