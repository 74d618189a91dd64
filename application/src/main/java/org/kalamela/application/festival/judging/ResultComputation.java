package org.kalamela.application.festival.judging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.festival.result.Tabulation;

/**
 * Computes an event's result from its panel's sheets, always for the whole event ({@link Tabulation}), and
 * stores it as the state machine allows. Callers hold the event's judging lock, so the last two judges
 * submitting at once compute it once. A result under appeal is computed into its state only: its stored
 * entry results are the published ones, which the public keeps seeing until the admin republishes (ADR-17).
 */
@ApplicationScoped
public class ResultComputation {

    private final JudgeSheetRepository sheets;
    private final DrawRepository draws;
    private final EventResultRepository results;

    @Inject
    public ResultComputation(JudgeSheetRepository sheets, DrawRepository draws, EventResultRepository results) {
        this.sheets = sheets;
        this.draws = draws;
        this.results = results;
    }

    /** After a sheet is submitted: when every judge of the panel has submitted, the result is computed once. */
    public void afterSubmission(EventId event, Edition edition, Instant at) {
        List<JudgeSheet> panel = sheets.panel(event);
        if (panel.isEmpty() || !panel.stream().allMatch(JudgeSheet::isSubmitted)) {
            return;
        }
        EventResult current = results.find(event).orElseGet(() -> EventResult.scoring(event, edition.year()));
        if (current.state() != EventResultState.SCORING) {
            return;
        }
        EventResult tabulated = current.tabulate(at);
        results.save(tabulated);
        results.replaceEntries(tabulated, tabulate(event, edition, panel));
    }

    /**
     * After a correction of a submitted sheet: a tabulated result is computed again; one under appeal is marked
     * recomputed but keeps its published entry results; one still scoring waits for the last sheet.
     */
    public void afterCorrection(EventId event, Edition edition, Instant at) {
        EventResult current = results.find(event).orElseGet(() -> EventResult.scoring(event, edition.year()));
        switch (current.state()) {
            case SCORING -> afterSubmission(event, edition, at);
            case TABULATED -> {
                EventResult again = current.retabulate(at);
                results.save(again);
                results.replaceEntries(again, tabulate(event, edition, sheets.panel(event)));
            }
            case UNDER_APPEAL -> results.save(current.retabulate(at));
            case PUBLISHED -> current.checkMarksMayChange();
        }
    }

    /** The result the panel's sheets give now, computed, not stored (the revision of a result under appeal). */
    public List<EntryResult> revision(EventId event, Edition edition) {
        return tabulate(event, edition, sheets.panel(event));
    }

    private List<EntryResult> tabulate(EventId event, Edition edition, List<JudgeSheet> panel) {
        Draw draw = draws.find(event).orElseThrow(() -> new IllegalStateException(
                "event " + event + " has submitted sheets but no draw"));
        return new Tabulation(edition.rules()).tabulate(draw, panel);
    }
}
