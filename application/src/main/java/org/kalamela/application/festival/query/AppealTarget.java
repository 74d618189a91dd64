package org.kalamela.application.festival.query;

import java.util.List;
import java.util.Objects;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * The entry (or team) an appeal names, as filing needs it: its event and edition, its district, and the phone
 * numbers on record (the member's; for a team, its members'), read only to compare with the one a public
 * appellant gives and never answered.
 */
public record AppealTarget(EventId event, EditionYear edition, Performer performer, DistrictId district,
                           List<PhoneNumber> phonesOnRecord) {

    public AppealTarget {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(district, "district");
        phonesOnRecord = List.copyOf(phonesOnRecord);
    }
}
