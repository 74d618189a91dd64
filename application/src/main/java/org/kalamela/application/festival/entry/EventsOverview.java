package org.kalamela.application.festival.entry;

import java.util.List;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * A district official's overview of the current edition: every active event grouped by category (in the
 * order of {@link org.kalamela.domain.festival.event.EventCategory}), with the district's entries or teams
 * and the places left, and whether registration is open now.
 */
public record EventsOverview(EditionYear edition, boolean registrationOpen, List<CategoryOverview> categories) {

    public EventsOverview {
        categories = List.copyOf(categories);
    }
}
