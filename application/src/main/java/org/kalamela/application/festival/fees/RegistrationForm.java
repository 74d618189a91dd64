package org.kalamela.application.festival.fees;

import java.util.List;
import java.util.Objects;
import org.kalamela.application.festival.entry.EventEntries;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * What a district's printable registration form shows: the edition, the district's fees and payment status
 * (its preview), and its entries by event with chest numbers and its teams with their members.
 */
public record RegistrationForm(EditionYear edition, KalamelaPreview fees, List<EventEntries> events) {

    public RegistrationForm {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(fees, "fees");
        events = List.copyOf(events);
    }
}
