package org.kalamela.application.festival.query;

import java.time.Instant;
import java.util.List;
import org.kalamela.domain.festival.schedule.ClashAcknowledgement;

/** A publication of the schedule: when, by which admin (by name), the plan version and the clashes let stand. */
public record PublicationRow(Instant publishedAt, long publishedById, String publishedByName, long version,
                             List<ClashAcknowledgement> acknowledgements) {

    public PublicationRow {
        acknowledgements = List.copyOf(acknowledgements);
    }
}
