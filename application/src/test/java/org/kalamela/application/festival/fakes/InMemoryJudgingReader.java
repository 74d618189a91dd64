package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.application.festival.query.DrawnPerformerRow;
import org.kalamela.application.festival.query.JudgingReader;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The judging reader over the fakes, joined as the query joins the tables: each drawn place with who appears in
 * it, from the order-of-appearance fake (chest number, or team code, names, unit, district); the panel in the
 * order it was seated, a judge named "Judge 7" by account id (the fakes keep no accounts).
 */
public final class InMemoryJudgingReader implements JudgingReader {

    private final InMemoryDrawRepository draws;
    private final InMemoryOrderOfAppearanceReader appearances;
    private final InMemoryJudgeSheetRepository sheets;

    public InMemoryJudgingReader(InMemoryDrawRepository draws, InMemoryOrderOfAppearanceReader appearances,
                                 InMemoryJudgeSheetRepository sheets) {
        this.draws = draws;
        this.appearances = appearances;
        this.sheets = sheets;
    }

    @Override
    public List<DrawnPerformerRow> performers(EventId event) {
        List<Appearance> drawn = draws.find(event).map(Draw::appearances).orElseGet(List::of).stream()
                .sorted(Comparator.comparingInt(Appearance::position)).toList();
        List<AppearanceRow> places = new ArrayList<>();
        appearances.appearances(event).forEach(places::add);
        List<DrawnPerformerRow> rows = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            AppearanceRow place = places.get(i);
            boolean team = drawn.get(i).performer().isTeam();
            Integer chestNumber = team || place.number().isEmpty() ? null : Integer.valueOf(place.number());
            rows.add(new DrawnPerformerRow(drawn.get(i).codeLetter(), chestNumber, team ? place.number() : null,
                    place.names(), place.unit(), place.district()));
        }
        return rows;
    }

    @Override
    public Map<AccountId, String> judgeNames(EventId event) {
        Map<AccountId, String> names = new LinkedHashMap<>();
        for (JudgeSheet sheet : sheets.panel(event)) {
            names.put(sheet.judge(), "Judge " + sheet.judge());
        }
        return names;
    }
}
