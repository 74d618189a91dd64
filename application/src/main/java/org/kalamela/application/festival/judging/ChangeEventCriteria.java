package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.judging.CriteriaPolicy;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.Criterion;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin replaces an event's criteria (names and maxima adding up to exactly 100, {@link EventCriteria}),
 * each bad one reported under its place ({@code criteria[1].maximum}), until the first mark
 * ({@link CriteriaPolicy}: {@code CRITERIA_LOCKED}); taken under the event's judging lock, so no judge's first
 * mark slips in between. Audited {@code EVENT_CRITERIA_CHANGED} with the old and the new criteria.
 */
@UseCase
public class ChangeEventCriteria {

    /** A criterion as typed; either part may be missing (a field error). */
    public record CriterionForm(String name, BigDecimal maximum) {
    }

    private final JudgedEvent judged;
    private final CriteriaRepository criteria;
    private final JudgeSheetRepository sheets;
    private final JudgingLocks locks;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ChangeEventCriteria(FestivalEventRepository events, EditionRepository editions,
                               CriteriaRepository criteria, DrawRepository draws, EventResultRepository results,
                               JudgeSheetRepository sheets, JudgingLocks locks, AuditLog audit, Clock clock) {
        this.judged = new JudgedEvent(events, editions, criteria, draws, results);
        this.criteria = criteria;
        this.sheets = sheets;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.InvalidInput the criteria's field errors, all at once
     * @throws org.kalamela.domain.shared.error.NotFound for an unknown event
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CRITERIA_LOCKED} once marks exist
     */
    @Transactional
    public CriteriaView execute(EventId event, List<CriterionForm> forms, Actor actor) {
        actor.require(Role.ADMIN);
        EventCriteria changed = read(forms);
        judged.require(event);
        locks.lockEvent(event);
        CriteriaPolicy.checkMayChange(sheets.marksExist(event));
        JudgedEvent.Facts before = judged.facts(event);
        criteria.replace(event, changed);
        audit.record(AuditEntry.by(actor, "EVENT_CRITERIA_CHANGED", "event", event, clock.instant(), Map.of(
                "event", before.event().name(),
                "old", describe(before.criteria()) + (before.criteriaStored() ? "" : " (default)"),
                "new", describe(changed))));
        return new CriteriaView(event.value(), before.event().name(), true, false, CriteriaView.items(changed));
    }

    private static EventCriteria read(List<CriterionForm> forms) {
        Validation validation = new Validation();
        validation.required(forms, "criteria");
        List<Criterion> read = new ArrayList<>();
        List<CriterionForm> typed = forms == null ? List.of() : forms;
        for (int i = 0; i < typed.size(); i++) {
            CriterionForm form = typed.get(i);
            Validation row = validation.element("criteria", i);
            if (form == null) {
                row.add("name", "is required");
                continue;
            }
            Criterion criterion = row.read(() -> new Criterion(form.name(), form.maximum()));
            if (criterion != null) {
                read.add(criterion);
            }
        }
        validation.throwIfInvalid();
        EventCriteria criteria = validation.read(() -> new EventCriteria(read));
        validation.throwIfInvalid();
        return criteria;
    }

    private static String describe(EventCriteria criteria) {
        return criteria.criteria().stream()
                .map(c -> c.name() + " " + c.maximum().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; "));
    }
}
