package org.kalamela.application.festival.championship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.kalamela.application.festival.query.PublishedEventRow;
import org.kalamela.application.festival.query.ResultsFingerprint;
import org.kalamela.application.festival.query.ScoredEntryRow;
import org.kalamela.domain.festival.championship.ChampionshipTally;
import org.kalamela.domain.festival.championship.KalaprathibhaPolicy;
import org.kalamela.domain.festival.championship.MemberTotal;
import org.kalamela.domain.festival.championship.Ranked;
import org.kalamela.domain.festival.championship.ScoredEntry;
import org.kalamela.domain.festival.championship.Standing;
import org.kalamela.domain.festival.championship.Title;
import org.kalamela.domain.festival.championship.TitleRace;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Everything the public reads of an edition's published results, computed once from the rows read under one
 * fingerprint: the results with places 1 to 3, both championship tables and the titles. Immutable, so one
 * board serves every request until the fingerprint changes. The sums, places and titles are the domain's
 * ({@link ChampionshipTally}, {@link KalaprathibhaPolicy}); this class only puts names to them.
 */
public record ResultsBoard(ResultsFingerprint fingerprint, PublishedResults results, ChampionshipTable units,
                    ChampionshipTable districts, IndividualTitles titles) {

    /** Places shown per result: 1st, 2nd and 3rd (ties give more rows). */
    static final int PLACES_SHOWN = 3;
    /** How far down a title's race the table goes (ties give more rows). */
    static final int CONTENDERS_SHOWN = 10;

    private static final Comparator<StandingRow> TIES_BY_NAME = Comparator.comparingInt(StandingRow::rank)
            .thenComparing(StandingRow::name, String.CASE_INSENSITIVE_ORDER);

    /**
     * The events and entries are read by two statements, not in one snapshot: a result published between them
     * has entries but no event row here. Its entries are left out (the board's fingerprint, read before both,
     * predates that publication, so the next request rebuilds with it), rather than named from a missing row.
     */
    static ResultsBoard build(ResultsFingerprint fingerprint, List<PublishedEventRow> events,
                              List<ScoredEntryRow> readEntries) {
        ResultsStatus status = ResultsStatus.of(fingerprint);
        Map<EventId, PublishedEventRow> eventsById = new HashMap<>();
        events.forEach(event -> eventsById.put(event.event(), event));
        List<ScoredEntryRow> entries = readEntries.stream()
                .filter(entry -> eventsById.containsKey(entry.event())).toList();
        Map<ScoredEntry, ScoredEntryRow> rowOf = new HashMap<>();
        entries.forEach(entry -> rowOf.put(entry.scored(), entry));
        Names names = new Names(rowOf, eventsById);
        List<ScoredEntry> scored = List.copyOf(rowOf.keySet());
        KalaprathibhaPolicy policy = new KalaprathibhaPolicy(fingerprint.kalaprathibhaMinimumEvents());
        return new ResultsBoard(fingerprint,
                new PublishedResults(status, events.stream().map(event -> result(event, entries)).toList()),
                table(ChampionshipScope.UNITS, status, ChampionshipTally.unitWise(scored).standings(),
                        UnitId::value, names),
                table(ChampionshipScope.DISTRICTS, status, ChampionshipTally.districtWise(scored).standings(),
                        DistrictId::value, names),
                new IndividualTitles(status, policy.minimumEvents(),
                        title(policy.race(Title.KALAPRATHIBHA, scored), names),
                        title(policy.race(Title.KALATHILAKAM, scored), names)));
    }

    private static EventResult result(PublishedEventRow event, List<ScoredEntryRow> entries) {
        List<Place> places = entries.stream()
                .filter(entry -> entry.event().equals(event.event()) && entry.rank() <= PLACES_SHOWN)
                .sorted(Comparator.comparingInt(ScoredEntryRow::rank)
                        .thenComparing(ScoredEntryRow::participant, String.CASE_INSENSITIVE_ORDER))
                .map(entry -> new Place(entry.rank(), entry.participant(), entry.chestNumber(), entry.teamCode(),
                        entry.unitName(), entry.districtName(), entry.grade(), entry.points()))
                .toList();
        return new EventResult(event.event(), event.name(), event.category(), event.kind(), event.resultNumber(),
                event.revision(), event.publishedAt(), event.underAppeal(), places);
    }

    private static <K> ChampionshipTable table(ChampionshipScope scope, ResultsStatus status,
                                               List<Standing<K>> standings, ToLongFunction<K> idOf, Names names) {
        List<StandingRow> rows = new ArrayList<>();
        for (Standing<K> standing : standings) {
            ScoredEntryRow any = names.anyRowOf(standing.contender());
            rows.add(new StandingRow(idOf.applyAsLong(standing.contender()),
                    scope == ChampionshipScope.UNITS ? any.unitName() : any.districtName(), any.districtName(),
                    standing.rank(), standing.points(),
                    standing.contributions().stream().map(names::contribution).toList()));
        }
        rows.sort(TIES_BY_NAME);
        return new ChampionshipTable(scope, status, rows);
    }

    private static TitleStanding title(TitleRace race, Names names) {
        Function<Ranked<MemberTotal>, Contender> contender = ranked -> names.contender(ranked.rank(),
                ranked.item());
        List<Contender> holders = race.contenders().stream()
                .filter(ranked -> race.holders().contains(ranked.item())).map(contender).toList();
        List<Contender> leaders = race.contenders().stream()
                .filter(ranked -> ranked.rank() <= CONTENDERS_SHOWN).map(contender).toList();
        return new TitleStanding(race.title(), race.winningPoints(), holders, leaders);
    }

    /** Puts the names of the rows to the domain's ids. */
    private static final class Names {

        private final Map<ScoredEntry, ScoredEntryRow> rowOf;
        private final Map<EventId, PublishedEventRow> events;
        private final Map<Object, ScoredEntryRow> anyRowOf = new HashMap<>();

        Names(Map<ScoredEntry, ScoredEntryRow> rowOf, Map<EventId, PublishedEventRow> events) {
            this.rowOf = rowOf;
            this.events = events;
            rowOf.values().forEach(row -> {
                anyRowOf.putIfAbsent(row.unit(), row);
                anyRowOf.putIfAbsent(row.district(), row);
                if (row.member() != null) {
                    anyRowOf.putIfAbsent(row.member(), row);
                }
            });
        }

        /** A row of the unit, district or member: they all carry its names. */
        ScoredEntryRow anyRowOf(Object contender) {
            return anyRowOf.get(contender);
        }

        Contribution contribution(ScoredEntry entry) {
            ScoredEntryRow row = rowOf.get(entry);
            PublishedEventRow event = events.get(entry.event());
            return new Contribution(entry.event(), event.name(), event.resultNumber(), row.participant(),
                    row.chestNumber(), row.teamCode(), row.rank(), row.grade(), row.points());
        }

        Contender contender(int rank, MemberTotal total) {
            ScoredEntryRow row = anyRowOf(total.member());
            return new Contender(rank, row.participant(), row.chestNumber(), row.unitName(), row.districtName(),
                    total.points(), total.events());
        }
    }
}
