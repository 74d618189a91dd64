package org.kalamela.application.festival.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.application.festival.query.OrderOfAppearanceReader;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.draw.EventPerformers;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.event.FestivalEvent;

/** Reads an event's draw with its places, shared by drawing (which answers the new draw) and showing it. */
@ApplicationScoped
public class DrawViews {

    private final DrawRepository draws;
    private final OrderOfAppearanceReader places;
    private final EventPerformers performers;

    @Inject
    public DrawViews(DrawRepository draws, OrderOfAppearanceReader places, EventPerformers performers) {
        this.draws = draws;
        this.places = places;
        this.performers = performers;
    }

    public DrawView of(FestivalEvent event) {
        Optional<Draw> draw = draws.find(event.id());
        Set<Performer> drawn = new HashSet<>();
        draw.ifPresent(d -> d.appearances().stream().map(Appearance::performer).forEach(drawn::add));
        int notDrawn = (int) performers.of(event.id()).stream().filter(p -> !drawn.contains(p)).count();
        List<AppearanceRow> rows = new ArrayList<>();
        places.appearances(event.id()).forEach(rows::add);
        return new DrawView(event, draw.map(Draw::seed), draw.map(Draw::drawnBy), draw.map(Draw::drawnAt), rows,
                notDrawn);
    }
}
