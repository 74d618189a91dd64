package org.kalamela.application.festival.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.festival.query.PlanPersonRow;
import org.kalamela.application.festival.query.ScheduleFacts;
import org.kalamela.application.festival.query.ScheduledEventRow;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.Clash;
import org.kalamela.domain.festival.schedule.ClashDetector;
import org.kalamela.domain.festival.schedule.ClashReport;
import org.kalamela.domain.festival.schedule.ScheduleDay;
import org.kalamela.domain.festival.schedule.Slot;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * An edition's plan in memory, from the reader's one statement: the slots (their ends from the entries counted
 * now), who takes part in and who judges each event, and the names a clash report prints.
 */
final class EditionPlan {

    private final Map<EventId, ScheduledEventRow> events = new LinkedHashMap<>();
    private final Map<EventId, List<MemberId>> participants = new HashMap<>();
    private final Map<EventId, List<AccountId>> judges = new HashMap<>();
    private final Map<Long, String> memberNames = new HashMap<>();
    private final Map<Long, String> judgeNames = new HashMap<>();

    private EditionPlan(ScheduleFacts facts) {
        facts.events().forEach(row -> events.put(row.event(), row));
        for (PlanPersonRow row : facts.participants()) {
            participants.computeIfAbsent(row.event(), event -> new ArrayList<>()).add(MemberId.of(row.personId()));
            memberNames.put(row.personId(), row.name());
        }
        for (PlanPersonRow row : facts.judges()) {
            judges.computeIfAbsent(row.event(), event -> new ArrayList<>()).add(AccountId.of(row.personId()));
            judgeNames.put(row.personId(), row.name());
        }
    }

    static EditionPlan of(ScheduleFacts facts) {
        return new EditionPlan(facts);
    }

    /** The slots of the plan, or of those on the day. */
    List<Slot> slots(Optional<ScheduleDay> day) {
        return events.values().stream().map(ScheduledEventRow::slot)
                .filter(slot -> day.map(one -> one.holds(slot)).orElse(true)).toList();
    }

    /** The clashes among the plan's slots, or among the slots on the day. */
    ClashReport clashes(Optional<ScheduleDay> day) {
        return ClashDetector.detect(slots(day), participants, judges);
    }

    /** A clash with the names of its events and of who or what is double-booked. */
    ClashView describe(Clash clash) {
        ScheduledEventRow first = events.get(clash.events().first());
        ScheduledEventRow second = events.get(clash.events().second());
        String subject = switch (clash.kind()) {
            case STAGE -> first.stageName();
            case JUDGE -> judgeNames.get(clash.subject());
            case PARTICIPANT -> memberNames.get(clash.subject());
        };
        return new ClashView(clash.key(), clash.kind(), first.event(), first.eventName(), second.event(),
                second.eventName(), clash.subject(), subject);
    }
}
