package org.kalamela.application.festival.query;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** Which valid certificates to print: of an edition, and of a unit, a district and an event when given. */
public record CertificateFilter(EditionYear edition, Optional<UnitId> unit, Optional<DistrictId> district,
                                Optional<EventId> event) {

    public CertificateFilter {
        Objects.requireNonNull(edition, "edition");
        unit = unit == null ? Optional.empty() : unit;
        district = district == null ? Optional.empty() : district;
        event = event == null ? Optional.empty() : event;
    }
}
