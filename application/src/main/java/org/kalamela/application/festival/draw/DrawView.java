package org.kalamela.application.festival.draw;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.AccountId;

/**
 * An event's order of appearance as the admin sees it: the seed, who drew and when (all empty before the
 * draw), the places in order, and how many of the event's current entries or teams have no place (entered
 * after the draw: drawing again, before any mark, gives them one).
 */
public record DrawView(FestivalEvent event, Optional<DrawSeed> seed, Optional<AccountId> drawnBy,
                       Optional<Instant> drawnAt, List<AppearanceRow> appearances, int notDrawn) {

    public DrawView {
        Objects.requireNonNull(event, "event");
        appearances = List.copyOf(appearances);
    }

    public boolean drawn() {
        return seed.isPresent();
    }
}
