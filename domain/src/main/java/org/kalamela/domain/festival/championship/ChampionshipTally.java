package org.kalamela.domain.festival.championship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The unit-wise or district-wise championship (DOMAIN.md): the sum of the points of all the entries of a unit
 * (or district), where an individual entry counts for its member's unit and district and a team for the
 * team's, ranked highest first with shared places (1, 1, 3). Every unit (district) with a scored entry has a
 * row, a row of 0 points too: it took part. Rows sharing a place are in the order of their ids.
 */
public final class ChampionshipTally<K> {

    private static final Comparator<ScoredEntry> CONTRIBUTION_ORDER = Comparator
            .comparingInt(ScoredEntry::points).reversed()
            .thenComparingLong(entry -> entry.event().value())
            .thenComparingLong(entry -> entry.isIndividual() ? entry.member().value() : entry.team().value());

    private final List<Standing<K>> standings;

    private ChampionshipTally(List<Standing<K>> standings) {
        this.standings = List.copyOf(standings);
    }

    public static ChampionshipTally<UnitId> unitWise(Collection<ScoredEntry> entries) {
        return tally(entries, ScoredEntry::unit, Comparator.comparingLong(UnitId::value));
    }

    public static ChampionshipTally<DistrictId> districtWise(Collection<ScoredEntry> entries) {
        return tally(entries, ScoredEntry::district, Comparator.comparingLong(DistrictId::value));
    }

    private static <K> ChampionshipTally<K> tally(Collection<ScoredEntry> entries, Function<ScoredEntry, K> keyOf,
                                                  Comparator<K> idOrder) {
        Map<K, List<ScoredEntry>> byContender = new LinkedHashMap<>();
        for (ScoredEntry entry : entries) {
            byContender.computeIfAbsent(keyOf.apply(entry), key -> new ArrayList<>()).add(entry);
        }
        Map<K, Integer> totals = new LinkedHashMap<>();
        byContender.forEach((key, scored) -> totals.put(key, scored.stream().mapToInt(ScoredEntry::points).sum()));
        List<Standing<K>> standings = new ArrayList<>();
        for (Ranked<K> ranked : SharedRanks.rank(totals.keySet(), totals::get, idOrder)) {
            List<ScoredEntry> contributions = byContender.get(ranked.item()).stream()
                    .filter(entry -> entry.points() > 0).sorted(CONTRIBUTION_ORDER).toList();
            standings.add(new Standing<>(ranked.item(), ranked.rank(), totals.get(ranked.item()), contributions));
        }
        return new ChampionshipTally<>(standings);
    }

    /** The rows, first place first. */
    public List<Standing<K>> standings() {
        return standings;
    }

    /** The row of one unit or district, if it has a scored entry. */
    public Optional<Standing<K>> of(K contender) {
        return standings.stream().filter(standing -> standing.contender().equals(contender)).findFirst();
    }
}
