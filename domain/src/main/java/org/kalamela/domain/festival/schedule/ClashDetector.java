package org.kalamela.domain.festival.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * The clashes of a plan (DOMAIN.md "Stages, order of appearance and schedule"): a participant in two events
 * whose planned times overlap, two events overlapping on one stage, a judge on two overlapping events. Each
 * kind is one sweep per stage, per participant or per judge over that one's slots, so the cost follows the
 * entries and the overlaps, not the pairs of events. Events without a slot are not planned yet and clash with
 * nothing.
 */
public final class ClashDetector {

    private ClashDetector() {
    }

    /**
     * @param slots        the planned events, at most one slot per event
     * @param participants per event, the members taking part (individual entrants and team members)
     * @param judges       per event, the judges on its panel
     */
    public static ClashReport detect(Collection<Slot> slots,
                                     Map<EventId, ? extends Collection<MemberId>> participants,
                                     Map<EventId, ? extends Collection<AccountId>> judges) {
        Map<EventId, Slot> slotOf = slotsByEvent(slots);
        Set<Clash> clashes = new TreeSet<>(ClashReport.ORDER);
        sweepEach(groupByStage(slotOf.values()), (stage, pair) -> new Clash.Stage(stage, pair), clashes);
        sweepEach(groupBy(slotOf, judges), (judge, pair) -> new Clash.Judge(judge, pair), clashes);
        sweepEach(groupBy(slotOf, participants), (member, pair) -> new Clash.Participant(member, pair), clashes);
        return new ClashReport(List.copyOf(clashes));
    }

    private static Map<EventId, Slot> slotsByEvent(Collection<Slot> slots) {
        Map<EventId, Slot> byEvent = new HashMap<>();
        for (Slot slot : slots) {
            if (byEvent.put(slot.event(), slot) != null) {
                throw new IllegalArgumentException("an event has one slot: " + slot.event());
            }
        }
        return byEvent;
    }

    private static Map<StageId, List<Slot>> groupByStage(Collection<Slot> slots) {
        Map<StageId, List<Slot>> byStage = new HashMap<>();
        for (Slot slot : slots) {
            byStage.computeIfAbsent(slot.stage(), stage -> new ArrayList<>()).add(slot);
        }
        return byStage;
    }

    private static <K> Map<K, List<Slot>> groupBy(Map<EventId, Slot> slotOf,
                                                  Map<EventId, ? extends Collection<K>> peopleByEvent) {
        Map<K, List<Slot>> byPerson = new HashMap<>();
        peopleByEvent.forEach((event, people) -> {
            Slot slot = slotOf.get(event);
            if (slot != null) {
                for (K person : Set.copyOf(people)) {
                    byPerson.computeIfAbsent(person, key -> new ArrayList<>()).add(slot);
                }
            }
        });
        return byPerson;
    }

    private static <K> void sweepEach(Map<K, List<Slot>> slotsBySubject, BiFunction<K, EventPair, Clash> clash,
                                      Set<Clash> into) {
        slotsBySubject.forEach((subject, slots) -> OverlapSweep.forEachOverlap(slots,
                (one, other) -> into.add(clash.apply(subject, EventPair.of(one.event(), other.event())))));
    }
}
