package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

/** The sweep finds exactly the clashes that comparing every pair of events finds, in any plan. */
class ClashDetectorPropertiesTest {

    /** An event's slot (stage 1..3, minutes from the day's start) with its participants and judges. */
    record Planned(int stage, int from, int length, Set<Integer> members, Set<Integer> judges) {
    }

    @Property(tries = 500)
    void the_sweep_finds_what_all_pairs_find(@ForAll("plans") List<Planned> plan) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            slots.add(SlotTest.slot(i + 1, p.stage(), p.from(), p.from() + p.length()));
        }
        Map<EventId, List<MemberId>> members = byEvent(plan, p -> p.members().stream().map(MemberId::of).toList());
        Map<EventId, List<AccountId>> judges = byEvent(plan, p -> p.judges().stream().map(AccountId::of).toList());

        Set<String> found = ClashDetector.detect(slots, members, judges).clashes().stream()
                .map(Clash::key).collect(Collectors.toSet());

        assertThat(found).isEqualTo(allPairs(plan, slots));
    }

    private static Set<String> allPairs(List<Planned> plan, List<Slot> slots) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < plan.size(); i++) {
            for (int j = i + 1; j < plan.size(); j++) {
                if (!slots.get(i).overlaps(slots.get(j))) {
                    continue;
                }
                String events = (i + 1) + "-" + (j + 1);
                if (plan.get(i).stage() == plan.get(j).stage()) {
                    keys.add("stage:" + plan.get(i).stage() + ":" + events);
                }
                for (int member : plan.get(i).members()) {
                    if (plan.get(j).members().contains(member)) {
                        keys.add("participant:" + member + ":" + events);
                    }
                }
                for (int judge : plan.get(i).judges()) {
                    if (plan.get(j).judges().contains(judge)) {
                        keys.add("judge:" + judge + ":" + events);
                    }
                }
            }
        }
        return keys;
    }

    private static <T> Map<EventId, List<T>> byEvent(List<Planned> plan, Function<Planned, List<T>> people) {
        return IntStream.range(0, plan.size()).boxed()
                .collect(Collectors.toMap(i -> EventId.of(i + 1), i -> people.apply(plan.get(i))));
    }

    @Provide
    Arbitrary<List<Planned>> plans() {
        Arbitrary<Planned> planned = Combinators.combine(
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 120),
                Arbitraries.integers().between(1, 10).set().ofMaxSize(4),
                Arbitraries.integers().between(1, 5).set().ofMaxSize(3)).as(Planned::new);
        return planned.list().ofMaxSize(25);
    }
}
