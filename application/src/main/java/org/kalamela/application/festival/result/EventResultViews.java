package org.kalamela.application.festival.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.festival.judging.ResultComputation;
import org.kalamela.application.festival.query.DrawnPerformerRow;
import org.kalamela.application.festival.query.JudgingReader;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Builds the admin's result view from a fixed number of reads whatever the number of entries: the performers
 * (one statement), the judges' names (one), the panel with its marks (two) and the stored entry results (one),
 * or, under appeal, the revision computed from the sheets instead.
 */
@ApplicationScoped
public class EventResultViews {

    private final JudgingReader reader;
    private final JudgeSheetRepository sheets;
    private final EventResultRepository results;
    private final ResultComputation computation;

    @Inject
    public EventResultViews(JudgingReader reader, JudgeSheetRepository sheets, EventResultRepository results,
                            ResultComputation computation) {
        this.reader = reader;
        this.sheets = sheets;
        this.results = results;
        this.computation = computation;
    }

    public EventResultView of(FestivalEvent event, Edition edition, EventResult result) {
        List<JudgeSheet> panel = sheets.panel(event.id());
        Map<AccountId, String> names = reader.judgeNames(event.id());
        boolean pending = result.state() == EventResultState.UNDER_APPEAL;
        List<EntryResult> computed = !result.isComputed() ? List.of()
                : pending ? computation.revision(event.id(), edition) : results.entries(event.id());
        Map<CodeLetter, EntryResult> byLetter = new HashMap<>();
        computed.forEach(entry -> byLetter.put(entry.codeLetter(), entry));
        List<ResultLine> lines = reader.performers(event.id()).stream()
                .map(performer -> line(performer, panel, byLetter)).toList();
        List<PanelJudge> judges = panel.stream().map(sheet -> new PanelJudge(sheet.judge(),
                names.getOrDefault(sheet.judge(), sheet.judge().toString()), sheet.state(), sheet.submission()))
                .toList();
        return new EventResultView(event, result.state(), result.revision(), result.publication(), pending, judges,
                lines);
    }

    private static ResultLine line(DrawnPerformerRow performer, List<JudgeSheet> panel,
                                   Map<CodeLetter, EntryResult> results) {
        CodeLetter letter = performer.codeLetter();
        List<Optional<BigDecimal>> totals = panel.stream().map(sheet -> sheet.marks().stream()
                        .anyMatch(m -> m.codeLetter().equals(letter)) ? Optional.of(sheet.total(letter))
                        : Optional.<BigDecimal>empty()).toList();
        return new ResultLine(performer, totals, Optional.ofNullable(results.get(letter)));
    }
}
