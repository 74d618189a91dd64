package org.kalamela.domain.festival.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.AccountId;

/**
 * A publication of an edition's schedule: who published it and when, the plan version it published, the
 * clashes the admin acknowledged with their reasons, and the slots as published. The public reads these
 * slots, so a change of the plan after publication reaches the public only when it is published again.
 */
public record SchedulePublication(EditionYear edition, long version, AccountId publishedBy, Instant publishedAt,
                                  List<ClashAcknowledgement> acknowledgements, List<Slot> slots) {

    public SchedulePublication {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(publishedAt, "publishedAt");
        acknowledgements = List.copyOf(acknowledgements);
        slots = List.copyOf(slots);
        if (version < 0) {
            throw new IllegalArgumentException("plan versions are never negative: " + version);
        }
    }

    /** Whether the plan has changed since this publication: the public sees an older plan than the admin. */
    public boolean isOutdatedBy(long currentVersion) {
        return currentVersion != version;
    }
}
