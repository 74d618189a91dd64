package org.kalamela.application.festival.fakes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.application.festival.query.DrawnPerformerRow;
import org.kalamela.application.festival.query.JudgingReader;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The judging reader over the draw and sheet fakes: a performer is named by its kind and id ("entry 5",
 * "team 2"), a judge "Judge 7" by account id; enough for use cases that only carry the rows through.
 */
public final class InMemoryJudgingReader implements JudgingReader {

    private final InMemoryDrawRepository draws;
    private final InMemoryJudgeSheetRepository sheets;

    public InMemoryJudgingReader(InMemoryDrawRepository draws, InMemoryJudgeSheetRepository sheets) {
        this.draws = draws;
        this.sheets = sheets;
    }

    @Override
    public List<DrawnPerformerRow> performers(EventId event) {
        return draws.find(event).map(draw -> draw.appearances().stream().map(InMemoryJudgingReader::row).toList())
                .orElse(List.of());
    }

    @Override
    public Map<AccountId, String> judgeNames(EventId event) {
        Map<AccountId, String> names = new LinkedHashMap<>();
        for (JudgeSheet sheet : sheets.panel(event)) {
            names.put(sheet.judge(), "Judge " + sheet.judge());
        }
        return names;
    }

    private static DrawnPerformerRow row(Appearance a) {
        String name = (a.performer().isTeam() ? "team " : "entry ") + a.performer().id();
        return new DrawnPerformerRow(a.codeLetter(), a.performer().isTeam() ? null : (int) a.performer().id(),
                a.performer().isTeam() ? "T-" + a.performer().id() : null, name, "Unit", "District");
    }
}
