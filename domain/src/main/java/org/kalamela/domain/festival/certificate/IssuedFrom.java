package org.kalamela.domain.festival.certificate;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The publication certificates are issued from: the event, its edition, the result's revision (0 at the first
 * publication, one more at each republication), when and by whom it was published.
 */
public record IssuedFrom(EventId event, EditionYear edition, int revision, Instant at, AccountId by) {

    public IssuedFrom {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (revision < 0) {
            throw new IllegalArgumentException("revisions start at 0: " + revision);
        }
    }
}
