package org.kalamela.application.festival.query;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Which appeals a list shows: those of an edition, optionally only pending ones (submitted or fee confirmed),
 * of one status, of one event, of one district (an official's own).
 */
public record AppealFilter(EditionYear edition, boolean pendingOnly, Optional<AppealStatus> status,
                           Optional<EventId> event, Optional<DistrictId> district) {

    public AppealFilter {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(district, "district");
    }
}
