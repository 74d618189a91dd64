package org.kalamela.domain.festival.championship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Kalaprathibha (male) and Kalathilakam (female), DOMAIN.md: the member with the highest total of individual
 * points among members with scored entries in at least {@code minimumEvents} individual events (an edition
 * rule, 2 by default); a tie is shared and all tied members are named. Team points never count: a title is
 * an individual's.
 */
public final class KalaprathibhaPolicy {

    private final int minimumEvents;

    public KalaprathibhaPolicy(int minimumEvents) {
        if (minimumEvents < 1) {
            throw new IllegalArgumentException("the minimum is 1 event or more: " + minimumEvents);
        }
        this.minimumEvents = minimumEvents;
    }

    public static KalaprathibhaPolicy of(FestivalRules rules) {
        return new KalaprathibhaPolicy(rules.kalaprathibhaMinimumEvents());
    }

    public int minimumEvents() {
        return minimumEvents;
    }

    /** The race for {@code title} among the members of its gender in {@code entries}. */
    public TitleRace race(Title title, Collection<ScoredEntry> entries) {
        Map<MemberId, List<ScoredEntry>> byMember = new LinkedHashMap<>();
        for (ScoredEntry entry : entries) {
            if (entry.isIndividual() && entry.gender() == title.gender()) {
                byMember.computeIfAbsent(entry.member(), member -> new ArrayList<>()).add(entry);
            }
        }
        List<MemberTotal> eligible = byMember.entrySet().stream()
                .map(scored -> new MemberTotal(scored.getKey(),
                        scored.getValue().stream().mapToInt(ScoredEntry::points).sum(),
                        (int) scored.getValue().stream().map(ScoredEntry::event).distinct().count()))
                .filter(total -> total.events() >= minimumEvents)
                .toList();
        return new TitleRace(title, SharedRanks.rank(eligible, MemberTotal::points,
                Comparator.comparingLong(total -> total.member().value())));
    }
}
