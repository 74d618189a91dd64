package org.kalamela.application.festival.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

/** Sheets in seating order, with who entered each mark (for the tabulator tests). */
public final class InMemoryJudgeSheetRepository implements JudgeSheetRepository {

    /** Who entered a mark and whether as tabulator, by event, judge and cell. */
    public record Entered(AccountId by, boolean byTabulator, Instant at) {
    }

    private final Map<EventId, Map<AccountId, JudgeSheet>> sheets = new LinkedHashMap<>();
    private final Map<SheetMark.Cell, Entered> lastEntered = new LinkedHashMap<>();

    @Override
    public synchronized void assign(EventId event, AccountId judge, AccountId assignedBy, Instant at) {
        Map<AccountId, JudgeSheet> panel = sheets.computeIfAbsent(event, e -> new LinkedHashMap<>());
        if (panel.containsKey(judge)) {
            throw new IllegalStateException("judge_sheets_pkey: " + judge + " already sits on " + event);
        }
        panel.put(judge, JudgeSheet.empty(event, judge));
    }

    @Override
    public synchronized Optional<JudgeSheet> find(EventId event, AccountId judge) {
        return Optional.ofNullable(sheets.getOrDefault(event, Map.of()).get(judge));
    }

    @Override
    public synchronized List<JudgeSheet> panel(EventId event) {
        return List.copyOf(sheets.getOrDefault(event, Map.of()).values());
    }

    @Override
    public synchronized List<EventId> eventsOf(AccountId judge) {
        List<EventId> events = new ArrayList<>();
        sheets.forEach((event, panel) -> {
            if (panel.containsKey(judge)) {
                events.add(event);
            }
        });
        events.sort((a, b) -> Long.compare(a.value(), b.value()));
        return events;
    }

    @Override
    public synchronized void saveMarks(EventId event, AccountId judge, Collection<SheetMark> marks,
                                       AccountId enteredBy, boolean byTabulator, Instant at) {
        JudgeSheet sheet = find(event, judge).orElseThrow(() -> new IllegalStateException("sheet_marks_sheet_fk"));
        sheets.get(event).put(judge, sheet.withMarks(marks));
        marks.forEach(m -> lastEntered.put(m.cell(), new Entered(enteredBy, byTabulator, at)));
    }

    @Override
    public synchronized void submit(EventId event, AccountId judge, Submission submission) {
        JudgeSheet sheet = find(event, judge).orElseThrow();
        sheets.get(event).put(judge, new JudgeSheet(event, judge, sheet.marks(), Optional.of(submission)));
    }

    @Override
    public synchronized boolean marksExist(EventId event) {
        return sheets.getOrDefault(event, Map.of()).values().stream().anyMatch(s -> !s.marks().isEmpty());
    }

    @Override
    public synchronized void unassign(EventId event, AccountId judge) {
        Map<AccountId, JudgeSheet> panel = sheets.getOrDefault(event, new LinkedHashMap<>());
        if (panel.containsKey(judge) && !panel.get(judge).marks().isEmpty()) {
            throw new RuleViolation(ErrorCode.JUDGE_HAS_MARKS, "sheet_marks_sheet_fk");
        }
        panel.remove(judge);
    }

    /** Who last entered the mark of the cell (in any sheet). */
    public synchronized Optional<Entered> enteredAt(SheetMark.Cell cell) {
        return Optional.ofNullable(lastEntered.get(cell));
    }
}
