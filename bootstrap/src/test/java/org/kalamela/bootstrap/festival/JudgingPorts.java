package org.kalamela.bootstrap.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Panels, criteria, marks and results written through the judging's own ports (their PostgreSQL adapters), for
 * the tests of the festival day that need them before the judging's endpoints exist.
 */
@ApplicationScoped
public class JudgingPorts {

    @Inject
    JudgeSheetRepository sheets;

    @Inject
    CriteriaRepository criteria;

    @Inject
    EventResultRepository results;

    @Inject
    DrawRepository draws;

    /** The event's stored draw. */
    @Transactional
    public Draw drawOf(long event) {
        return draws.find(EventId.of(event)).orElseThrow();
    }

    /** Seats the judges on the event's panel, in this order, with empty sheets. */
    @Transactional
    public void panel(long event, long admin, List<Long> judges) {
        judges.forEach(judge -> sheets.assign(EventId.of(event), AccountId.of(judge), AccountId.of(admin),
                Instant.now()));
    }

    @Transactional
    public void criteria(long event, EventCriteria eventCriteria) {
        criteria.replace(EventId.of(event), eventCriteria);
    }

    /** The judge's mark for the code letter on the first criterion (the event's criteria are fixed first). */
    @Transactional
    public void mark(long event, long judge, String codeLetter, String mark) {
        criteria.fixed(EventId.of(event));
        sheets.saveMarks(EventId.of(event), AccountId.of(judge), List.of(new SheetMark(new CodeLetter(codeLetter),
                1, new BigDecimal(mark))), AccountId.of(judge), false, Instant.now());
    }

    /** Stores a computed (tabulated) result with these entry results. */
    @Transactional
    public void tabulated(EventResult result, List<EntryResult> entries) {
        results.save(result);
        results.replaceEntries(result, entries);
    }
}
