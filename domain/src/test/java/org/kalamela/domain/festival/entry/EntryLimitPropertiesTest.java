package org.kalamela.domain.festival.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.domain.festival.FestivalFixtures.NOW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.kalamela.domain.festival.FestivalFixtures;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.edition.SeniorityPolicy;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.TeamCounts;
import org.kalamela.domain.festival.team.TeamRules;
import org.kalamela.domain.shared.error.DomainException;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * Runs arbitrary interleavings of requests against a pure model of the stored entries (the caller reading
 * counts under lock), and checks that no limit is ever exceeded.
 */
class EntryLimitPropertiesTest {

    private static final int MEMBERS = 16;
    private static final int EVENTS = 3;

    /** A request by the official of {@code district} to enter {@code member} in {@code event}. */
    record Request(int member, int event, int district) {
    }

    record Entry(int member, int event) {
    }

    @Property(tries = 300)
    void individual_limits_are_never_exceeded(@ForAll("requests") List<Request> requests,
                                              @ForAll @IntRange(min = 1, max = 3) int perDistrict,
                                              @ForAll @IntRange(min = 1, max = 3) int perMember) {
        Edition edition = FestivalFixtures.edition(FestivalFixtures.withLimits(perDistrict, perMember, 2));
        IndividualEntryLimits limits = new IndividualEntryLimits(edition);
        Set<Entry> entries = new HashSet<>();
        Map<Integer, Seniority> seniorityOf = new HashMap<>();
        for (Request request : requests) {
            Candidate member = candidate(request.member());
            FestivalEvent event = FestivalFixtures.openIndividualEvent(request.event());
            Seniority seniority = new SeniorityPolicy(edition.rules()).seniorityOf(member.dateOfBirth()).orElseThrow();
            int districtEntries = (int) entries.stream().filter(e -> e.event() == request.event()
                    && districtOf(e.member()) == districtOf(request.member())
                    && seniorityOf.get(e.member()) == seniority).count();
            int memberEvents = (int) entries.stream().filter(e -> e.member() == request.member()).count();
            boolean entered = entries.contains(new Entry(request.member(), request.event()));
            try {
                limits.check(member, event, DistrictId.of(request.district()),
                        new IndividualEntryCounts(districtEntries, memberEvents, entered), NOW);
                entries.add(new Entry(request.member(), request.event()));
                seniorityOf.put(request.member(), seniority);
            } catch (DomainException refused) {
                assertThat(refused.code()).isIn("DISTRICT_EVENT_LIMIT", "MEMBER_EVENT_LIMIT", "ALREADY_ENTERED",
                        "NOT_FOUND");
            }
        }
        Map<List<Object>, Integer> perScope = new HashMap<>();
        Map<Integer, Integer> perMemberCount = new HashMap<>();
        for (Entry entry : entries) {
            perScope.merge(List.of(districtOf(entry.member()), entry.event(), seniorityOf.get(entry.member())), 1,
                    Integer::sum);
            perMemberCount.merge(entry.member(), 1, Integer::sum);
        }
        assertThat(perScope.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(perDistrict));
        assertThat(perMemberCount.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(perMember));
    }

    @Property(tries = 300)
    void team_limits_are_never_exceeded(@ForAll("teamRequests") List<List<Integer>> requests,
                                        @ForAll @IntRange(min = 1, max = 3) int perDistrict,
                                        @ForAll @IntRange(min = 1, max = 2) int perUnit) {
        Edition edition = FestivalFixtures.edition(FestivalFixtures.withLimits(2, 5, perDistrict));
        TeamRules rules = new TeamRules(edition);
        FestivalEvent event = FestivalFixtures.groupEvent(1, 2, 3, perUnit);
        List<Set<Integer>> teams = new ArrayList<>();
        for (List<Integer> memberIndexes : requests) {
            List<Candidate> members = memberIndexes.stream().map(EntryLimitPropertiesTest::candidate).toList();
            int district = districtOf(memberIndexes.get(0));
            int unit = unitOf(memberIndexes.get(0));
            Set<MemberId> inTeams = new HashSet<>();
            teams.forEach(team -> team.forEach(m -> inTeams.add(MemberId.of(m))));
            int districtTeams = (int) teams.stream().filter(t -> districtOf(t.iterator().next()) == district).count();
            int unitTeams = (int) teams.stream().filter(t -> unitOf(t.iterator().next()) == unit).count();
            try {
                rules.checkNewTeam(event, DistrictId.of(district), UnitId.of(unit), members,
                        new TeamCounts(districtTeams, unitTeams, inTeams), NOW);
                teams.add(new HashSet<>(memberIndexes));
            } catch (DomainException refused) {
                assertThat(refused.code()).isIn("DISTRICT_TEAM_LIMIT", "UNIT_TEAM_LIMIT", "ALREADY_IN_TEAM",
                        "TEAM_MIXED_UNITS", "TEAM_SIZE_OUT_OF_RANGE", "VALIDATION_FAILED", "NOT_FOUND");
            }
        }
        Map<Integer, Integer> byDistrict = new HashMap<>();
        Map<Integer, Integer> byUnit = new HashMap<>();
        Set<Integer> seen = new HashSet<>();
        for (Set<Integer> team : teams) {
            int first = team.iterator().next();
            byDistrict.merge(districtOf(first), 1, Integer::sum);
            byUnit.merge(unitOf(first), 1, Integer::sum);
            assertThat(team).hasSizeBetween(2, 3).allSatisfy(m -> assertThat(unitOf(m)).isEqualTo(unitOf(first)));
            team.forEach(m -> assertThat(seen.add(m)).as("member %s in one team only", m).isTrue());
        }
        assertThat(byDistrict.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(perDistrict));
        assertThat(byUnit.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(perUnit));
    }

    @Provide
    Arbitrary<List<Request>> requests() {
        return Combinators.combine(Arbitraries.integers().between(1, MEMBERS),
                Arbitraries.integers().between(1, EVENTS), Arbitraries.integers().between(1, 2))
                .as(Request::new).list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<List<Integer>>> teamRequests() {
        return Arbitraries.integers().between(1, MEMBERS).list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(40);
    }

    /** Members 1..16: odd ones junior, even ones senior; districts 1 and 2, two units each. */
    private static Candidate candidate(int index) {
        LocalDate dateOfBirth = index % 2 == 1 ? FestivalFixtures.JUNIOR_DOB : FestivalFixtures.SENIOR_DOB;
        return new Candidate(MemberId.of(index), Gender.M, dateOfBirth, false, DistrictId.of(districtOf(index)),
                UnitId.of(unitOf(index)));
    }

    private static int districtOf(int member) {
        return member <= MEMBERS / 2 ? 1 : 2;
    }

    private static int unitOf(int member) {
        return (member - 1) / (MEMBERS / 4) + 1;
    }
}
