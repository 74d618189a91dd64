package org.kalamela.application.festival.result;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.festival.result.Publication;

/**
 * An event's result as the admin sees it: its state, revision and publication, the panel, and per code letter
 * the performer, each judge's total and the derived mark, grade, rank and points. {@code revisionPending} says
 * the lines of a result under appeal are the revision computed from the corrected sheets, not yet public.
 */
public record EventResultView(FestivalEvent event, EventResultState state, int revision,
                              Optional<Publication> publication, boolean revisionPending, List<PanelJudge> panel,
                              List<ResultLine> lines) {

    public EventResultView {
        panel = List.copyOf(panel);
        lines = List.copyOf(lines);
    }
}
