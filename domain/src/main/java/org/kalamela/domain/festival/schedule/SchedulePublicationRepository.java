package org.kalamela.domain.festival.schedule;

import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * Outbound port: the publications of an edition's schedule. Every publication is kept (who, when, the
 * acknowledgements); only the latest keeps its slots, since only it is shown.
 */
public interface SchedulePublicationRepository {

    void store(SchedulePublication publication);

    Optional<SchedulePublication> latest(EditionYear edition);

    /** Whether the latest publication's slots name the stage. */
    boolean publishesStage(StageId stage);
}
