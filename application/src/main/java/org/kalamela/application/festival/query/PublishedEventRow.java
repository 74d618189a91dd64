package org.kalamela.application.festival.query;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;

/**
 * An event whose result is published (or, published, is under appeal: its published result stands until
 * republished), as the public sees it.
 *
 * @param revision 0 when first published, one more at each republication after an appeal
 */
public record PublishedEventRow(EventId event, String name, EventCategory category, EventKind kind,
                                int resultNumber, int revision, Instant publishedAt, boolean underAppeal) {

    public PublishedEventRow {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
