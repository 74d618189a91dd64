package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * A real edition's size (45 events, about 2,000 entries, 6 stages, 3 days, 3 judges per event) through the
 * sweep, checked against the all-pairs answer. No timing is asserted; the figure is in docs/benchmarks.md.
 */
class ClashDetectorScaleTest {

    private static final Instant FIRST_DAY = Instant.parse("2026-12-10T03:30:00Z");

    private final Random random = new Random(2026);
    private final List<Slot> slots = new ArrayList<>();
    private final Map<EventId, Set<MemberId>> participants = new HashMap<>();
    private final Map<EventId, Set<AccountId>> judges = new HashMap<>();

    @Test
    void a_whole_edition_gives_the_clashes_all_pairs_would() {
        plan();
        assertThat(participants.values().stream().mapToInt(Set::size).sum()).isBetween(1900, 2100);

        ClashReport report = ClashDetector.detect(slots, participants, judges);

        Set<String> keys = new LinkedHashSet<>();
        report.clashes().forEach(clash -> keys.add(clash.key()));
        assertThat(keys).hasSize(report.clashes().size()).isEqualTo(allPairs());
        assertThat(report.clashes()).extracting(Clash::kind).contains(ClashKind.values());
    }

    /** 45 events over 6 stages and 3 days, each 45 entries on average at 10 minutes, some stages overbooked. */
    private void plan() {
        for (int event = 1; event <= 45; event++) {
            int stage = 1 + (event - 1) % 6;
            int day = (event - 1) / 15;
            int entries = 30 + random.nextInt(31);
            Instant start = FIRST_DAY.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(30L * random.nextInt(20)));
            EventId id = EventId.of(event);
            slots.add(Slot.plan(id, StageId.of(stage), start, Timing.perPerformance(10), entries));
            Set<MemberId> members = new HashSet<>();
            while (members.size() < entries) {
                members.add(MemberId.of(1 + random.nextInt(1200)));
            }
            participants.put(id, members);
            Set<AccountId> panel = new HashSet<>();
            while (panel.size() < 3) {
                panel.add(AccountId.of(1 + random.nextInt(30)));
            }
            judges.put(id, panel);
        }
    }

    private Set<String> allPairs() {
        Set<String> keys = new HashSet<>();
        for (Slot one : slots) {
            for (Slot other : slots) {
                if (one.event().value() < other.event().value() && one.overlaps(other)) {
                    EventPair pair = EventPair.of(one.event(), other.event());
                    if (one.stage().equals(other.stage())) {
                        keys.add(new Clash.Stage(one.stage(), pair).key());
                    }
                    for (MemberId member : participants.get(one.event())) {
                        if (participants.get(other.event()).contains(member)) {
                            keys.add(new Clash.Participant(member, pair).key());
                        }
                    }
                    for (AccountId judge : judges.get(one.event())) {
                        if (judges.get(other.event()).contains(judge)) {
                            keys.add(new Clash.Judge(judge, pair).key());
                        }
                    }
                }
            }
        }
        return keys;
    }
}
