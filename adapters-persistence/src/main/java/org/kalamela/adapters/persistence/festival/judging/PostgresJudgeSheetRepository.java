package org.kalamela.adapters.persistence.festival.judging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.adapters.persistence.shared.SqlArrays;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Panels and sheets in {@code judge_sheets} (one row per judge and event) and their marks in
 * {@code sheet_marks}. A panel is read in two statements and marks are written in one upsert, whatever the
 * number of code letters and criteria.
 */
@ApplicationScoped
public class PostgresJudgeSheetRepository implements JudgeSheetRepository {

    private final EntityManager em;

    @Inject
    public PostgresJudgeSheetRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void assign(EventId event, AccountId judge, AccountId assignedBy, Instant at) {
        SchemaConstraints.writing(() -> em.createNativeQuery("""
                        INSERT INTO judge_sheets (event_id, judge_id, assigned_by, assigned_at)
                        VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, event.value()).setParameter(2, judge.value())
                .setParameter(3, assignedBy.value()).setParameter(4, at).executeUpdate());
    }

    @Override
    public Optional<JudgeSheet> find(EventId event, AccountId judge) {
        return sheets(event, Optional.of(judge)).stream().findFirst();
    }

    @Override
    public List<JudgeSheet> panel(EventId event) {
        return sheets(event, Optional.empty());
    }

    @Override
    public List<EventId> eventsOf(AccountId judge) {
        return em.createNativeQuery("SELECT event_id FROM judge_sheets WHERE judge_id = ?1 ORDER BY event_id")
                .setParameter(1, judge.value()).getResultList().stream()
                .map(id -> EventId.of(Columns.number(id))).toList();
    }

    @Override
    public void saveMarks(EventId event, AccountId judge, Collection<SheetMark> marks, AccountId enteredBy,
                          boolean byTabulator, Instant at) {
        if (marks.isEmpty()) {
            return;
        }
        List<SheetMark> list = List.copyOf(marks);
        SchemaConstraints.writing(() -> em.createNativeQuery("""
                        INSERT INTO sheet_marks (event_id, judge_id, code_letter, criterion, mark, entered_by,
                                                 by_tabulator, entered_at)
                        SELECT ?1, ?2, m.code_letter, m.criterion, m.mark, ?3, ?4, ?5
                        FROM unnest(cast(?6 AS text[]), cast(?7 AS integer[]), cast(?8 AS numeric[]))
                            AS m (code_letter, criterion, mark)
                        ON CONFLICT (event_id, judge_id, code_letter, criterion) DO UPDATE
                            SET mark = EXCLUDED.mark, entered_by = EXCLUDED.entered_by,
                                by_tabulator = EXCLUDED.by_tabulator, entered_at = EXCLUDED.entered_at""")
                .setParameter(1, event.value()).setParameter(2, judge.value())
                .setParameter(3, enteredBy.value()).setParameter(4, byTabulator).setParameter(5, at)
                .setParameter(6, SqlArrays.of(list.stream().map(m -> m.codeLetter().value()).toList()))
                .setParameter(7, SqlArrays.of(list.stream().map(SheetMark::criterion).toList()))
                .setParameter(8, SqlArrays.of(list.stream().map(m -> m.mark().toPlainString()).toList()))
                .executeUpdate());
    }

    @Override
    public void submit(EventId event, AccountId judge, Submission submission) {
        em.createNativeQuery("""
                        UPDATE judge_sheets SET submitted_at = ?3, submitted_by = ?4, submitted_by_tabulator = ?5
                        WHERE event_id = ?1 AND judge_id = ?2""")
                .setParameter(1, event.value()).setParameter(2, judge.value())
                .setParameter(3, submission.at()).setParameter(4, submission.by().value())
                .setParameter(5, submission.byTabulator()).executeUpdate();
    }

    @Override
    public boolean marksExist(EventId event) {
        return Columns.flag(em.createNativeQuery(
                        "SELECT EXISTS (SELECT 1 FROM sheet_marks WHERE event_id = ?1)")
                .setParameter(1, event.value()).getSingleResult());
    }

    @Override
    public void unassign(EventId event, AccountId judge) {
        // sheet_marks_sheet_fk refuses to delete a sheet that has marks.
        SchemaConstraints.deleting(() -> em.createNativeQuery(
                                "DELETE FROM judge_sheets WHERE event_id = ?1 AND judge_id = ?2")
                        .setParameter(1, event.value()).setParameter(2, judge.value()).executeUpdate(),
                () -> new RuleViolation(ErrorCode.JUDGE_HAS_MARKS,
                        "The judge has given marks for this event: they stay on its panel"));
    }

    /** The event's sheets (or the one judge's), seated order, with their marks: two statements. */
    private List<JudgeSheet> sheets(EventId event, Optional<AccountId> judge) {
        // Without a judge, ?2 is 0, which no account id is: "judge_id = ?2 OR ?2 = 0" reads every sheet.
        long only = judge.map(AccountId::value).orElse(0L);
        Map<Long, Optional<Submission>> seats = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT judge_id, submitted_at, submitted_by, submitted_by_tabulator FROM judge_sheets
                        WHERE event_id = ?1 AND (?2 = 0 OR judge_id = ?2)
                        ORDER BY assigned_at, judge_id""")
                .setParameter(1, event.value()).setParameter(2, only).getResultList()) {
            Object[] r = (Object[]) row;
            seats.put(Columns.number(r[0]), r[1] == null ? Optional.empty()
                    : Optional.of(new Submission(Columns.instant(r[1]), AccountId.of(Columns.number(r[2])),
                            Columns.flag(r[3]))));
        }
        if (seats.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SheetMark>> marks = new LinkedHashMap<>();
        seats.keySet().forEach(id -> marks.put(id, new ArrayList<>()));
        for (Object row : em.createNativeQuery("""
                        SELECT judge_id, code_letter, criterion, mark FROM sheet_marks
                        WHERE event_id = ?1 AND (?2 = 0 OR judge_id = ?2)
                        ORDER BY judge_id, length(code_letter), code_letter, criterion""")
                .setParameter(1, event.value()).setParameter(2, only).getResultList()) {
            Object[] r = (Object[]) row;
            marks.get(Columns.number(r[0])).add(new SheetMark(new CodeLetter(Columns.text(r[1])),
                    Columns.integer(r[2]), (BigDecimal) r[3]));
        }
        return seats.entrySet().stream().map(seat -> new JudgeSheet(event, AccountId.of(seat.getKey()),
                marks.get(seat.getKey()), seat.getValue())).toList();
    }
}
