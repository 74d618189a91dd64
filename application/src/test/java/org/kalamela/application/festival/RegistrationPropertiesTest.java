package org.kalamela.application.festival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.kalamela.application.festival.entry.RegisterIndividualEntry;
import org.kalamela.application.festival.team.AddTeamMembers;
import org.kalamela.application.festival.team.RegisterTeam;
import org.kalamela.application.festival.team.RemoveTeamMembers;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.DomainException;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * Runs random sequences of the officials' requests (enter, withdraw, form a team, join, leave, disband)
 * through the use cases and checks after every request that the stored entries keep every limit, that
 * chest numbers are unique, inside their member's series and never change, and that team numbers are never
 * reused. A refused request must be refused with one of the documented codes.
 */
class RegistrationPropertiesTest {

    private static final Set<String> REFUSALS = Set.of("DISTRICT_EVENT_LIMIT", "MEMBER_EVENT_LIMIT",
            "ALREADY_ENTERED", "NOT_ELIGIBLE", "NOT_FOUND", "TEAM_MEMBER_NOT_FOUND", "CHEST_NUMBER_SERIES_EXHAUSTED",
            "EVENT_KIND_MISMATCH", "TEAM_SIZE_OUT_OF_RANGE", "TEAM_MIXED_UNITS", "ALREADY_IN_TEAM",
            "DISTRICT_TEAM_LIMIT", "UNIT_TEAM_LIMIT", "VALIDATION_FAILED");
    private static final int MEMBERS = 14;
    private static final int EVENTS = 5;

    /**
     * A request by an official: {@code stranger} 0 is the official of the district the request concerns, 1
     * the other district's. Indexes pick members, events, entries and teams.
     */
    sealed interface Request permits Enter, Withdraw, FormTeam, Join, Leave, Disband {

        int stranger();

        void send(Run run);
    }

    record Enter(int stranger, int member, int event) implements Request {

        @Override
        public void send(Run run) {
            MemberId entered = run.members.get(member);
            run.world.registerEntry.execute(new RegisterIndividualEntry.Command(run.events.get(event).id(), entered),
                    run.official(run.districtOf(entered), stranger));
        }
    }

    record Withdraw(int stranger, int entry) implements Request {

        @Override
        public void send(Run run) {
            List<IndividualEntry> entries = run.world.fakes.entries.all();
            if (!entries.isEmpty()) {
                IndividualEntry withdrawn = entries.get(entry % entries.size());
                run.world.removeEntry.execute(withdrawn.id(), run.official(withdrawn.districtId(), stranger));
            }
        }
    }

    /** A team of one unit's members: {@code picks} count the unit's members. */
    record FormTeam(int stranger, int event, int unit, List<Integer> picks) implements Request {

        @Override
        public void send(Run run) {
            FestivalEvent groupEvent = run.events.get(event);
            List<MemberId> members = picks.stream().map(pick -> run.memberOfUnit(unit, pick)).toList();
            Team team = run.world.registerTeam.execute(new RegisterTeam.Command(groupEvent.id(),
                    run.units.get(unit), members), run.official(run.districtOf(members.get(0)), stranger));
            assertThat(run.teamNumbersSeen.computeIfAbsent(groupEvent, e -> new HashSet<>())
                    .add(team.code().number())).as("team number of %s is new", team.code()).isTrue();
        }
    }

    record Join(int stranger, int team, int member) implements Request {

        @Override
        public void send(Run run) {
            List<Team> teams = run.world.fakes.teams.all();
            if (!teams.isEmpty()) {
                Team joined = teams.get(team % teams.size());
                run.world.addTeamMembers.execute(new AddTeamMembers.Command(joined.id(),
                        List.of(run.members.get(member))), run.official(joined.districtId(), stranger));
            }
        }
    }

    record Leave(int stranger, int team, int member) implements Request {

        @Override
        public void send(Run run) {
            List<Team> teams = run.world.fakes.teams.all();
            if (!teams.isEmpty()) {
                Team leaving = teams.get(team % teams.size());
                List<MemberId> in = List.copyOf(leaving.members());
                run.world.removeTeamMembers.execute(new RemoveTeamMembers.Command(leaving.id(),
                        Set.of(in.get(member % in.size()))), run.official(leaving.districtId(), stranger));
            }
        }
    }

    record Disband(int stranger, int team) implements Request {

        @Override
        public void send(Run run) {
            List<Team> teams = run.world.fakes.teams.all();
            if (!teams.isEmpty()) {
                Team disbanded = teams.get(team % teams.size());
                run.world.removeTeam.execute(disbanded.id(), run.official(disbanded.districtId(), stranger));
            }
        }
    }

    /** One run's world: two districts, three units, members of every kind, three individual and two group events. */
    static final class Run {

        final FestivalWorld world;
        final List<UnitId> units;
        final List<MemberId> members = new ArrayList<>();
        final List<FestivalEvent> events = new ArrayList<>();
        final Map<MemberId, ChestNumber> numbersSeen = new HashMap<>();
        final Map<FestivalEvent, Set<Integer>> teamNumbersSeen = new HashMap<>();

        Run(FestivalRules rules) {
            world = new FestivalWorld(rules);
            units = List.of(world.unit, world.secondUnit, world.otherDistrictUnit);
            for (int i = 0; i < MEMBERS; i++) {
                members.add(world.member(unitOf(i), i % 4 == 0 ? Gender.F : Gender.M,
                        i % 7 == 6 ? FestivalWorld.TOO_OLD_DOB
                                : i % 2 == 0 ? FestivalWorld.JUNIOR_DOB : FestivalWorld.SENIOR_DOB));
            }
            events.add(world.individualEvent("Solo"));
            events.add(world.individualEvent("Essay Jr", null, Seniority.JUNIOR));
            events.add(world.individualEvent("Light Music Boys", Gender.M, null));
            events.add(world.groupEvent("Group Song", 2, 3, 1));
            events.add(world.groupEvent("Skit", 1, 2, 2));
        }

        DistrictId districtOf(MemberId member) {
            return world.fakes.members.find(FestivalWorld.YEAR, member).orElseThrow().districtId();
        }

        /** The official of the district, or with {@code stranger} 1 the other district's. */
        Actor official(DistrictId district, int stranger) {
            boolean own = stranger == 0;
            return district.equals(world.district) == own ? world.official : world.otherOfficial;
        }

        UnitId unitOf(int member) {
            return units.get(member % units.size());
        }

        /** Members are spread over the units in turn, so a unit's {@code pick}-th member is at unit + 3 pick. */
        MemberId memberOfUnit(int unit, int pick) {
            int index = unit + units.size() * pick;
            return members.get(index < members.size() ? index : unit);
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void every_limit_and_number_holds_after_any_sequence_of_requests(
            @ForAll("requests") List<Request> requests,
            @ForAll @IntRange(min = 1, max = 2) int perDistrict,
            @ForAll @IntRange(min = 1, max = 3) int perMember,
            @ForAll @IntRange(min = 1, max = 2) int teamsPerDistrict) {
        FestivalRules rules = TestRules.withLimitsAndJuniorSeries(perDistrict, perMember, teamsPerDistrict, 1001,
                1004);
        Run run = new Run(rules);
        for (Request request : requests) {
            try {
                request.send(run);
            } catch (DomainException refused) {
                assertThat(refused.code()).as("refusal of %s", request).isIn(REFUSALS);
            }
            checkInvariants(run, rules);
        }
    }

    private static void checkInvariants(Run run, FestivalRules rules) {
        List<IndividualEntry> entries = run.world.fakes.entries.all();
        assertThat(entries.stream().collect(Collectors.groupingBy(
                e -> List.of(e.districtId(), e.eventId(), e.seniority()), Collectors.counting())).values())
                .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(rules.maxEntriesPerDistrictPerEvent()));
        assertThat(entries.stream().collect(Collectors.groupingBy(IndividualEntry::memberId, Collectors.counting()))
                .values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(
                        rules.maxIndividualEventsPerMember()));
        assertThat(entries.stream().map(e -> List.of(e.eventId(), e.memberId()))).doesNotHaveDuplicates();

        Map<MemberId, ChestNumber> numbers = run.world.fakes.chestNumbers.currentNumbers(FestivalWorld.YEAR);
        assertThat(numbers.values()).doesNotHaveDuplicates();
        for (IndividualEntry entry : entries) {
            ChestNumber number = numbers.get(entry.memberId());
            assertThat(number).as("chest number of %s", entry.memberId()).isNotNull();
            assertThat(rules.chestNumbers(entry.seniority()).contains(number)).isTrue();
        }
        run.numbersSeen.forEach((member, number) -> assertThat(numbers.get(member)).isEqualTo(number));
        run.numbersSeen.putAll(numbers);

        checkTeams(run, rules);
    }

    private static void checkTeams(Run run, FestivalRules rules) {
        List<Team> teams = run.world.fakes.teams.all();
        for (Team team : teams) {
            FestivalEvent event = run.world.fakes.events.findById(team.eventId()).orElseThrow();
            assertThat(event.requireTeamFormat().allowsSize(team.size())).as("size of %s", team.code()).isTrue();
            assertThat(team.members()).allSatisfy(member ->
                    assertThat(run.world.fakes.members.find(FestivalWorld.YEAR, member).orElseThrow().unitId())
                            .isEqualTo(team.unitId()));
            assertThat(team.code().eventCode()).isEqualTo(event.shortCode());
        }
        assertThat(teams.stream().collect(Collectors.groupingBy(t -> List.of(t.eventId(), t.districtId()),
                Collectors.counting())).values())
                .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(rules.maxTeamsPerDistrictPerEvent()));
        for (Team team : teams) {
            int perUnit = run.world.fakes.events.findById(team.eventId()).orElseThrow().requireTeamFormat()
                    .teamsPerUnit();
            assertThat(teams.stream().filter(t -> t.eventId().equals(team.eventId())
                    && t.unitId().equals(team.unitId())).count()).isLessThanOrEqualTo(perUnit);
        }
        assertThat(teams.stream().flatMap(t -> t.members().stream().map(m -> List.of(t.eventId(), m))))
                .doesNotHaveDuplicates();
        assertThat(teams.stream().map(t -> List.of(t.eventId(), t.code().number()))).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<Request>> requests() {
        Arbitrary<Integer> official = Arbitraries.frequency(Tuple.of(9, 0), Tuple.of(1, 1));
        Arbitrary<Integer> member = Arbitraries.integers().between(0, MEMBERS - 1);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 20);
        Arbitrary<Request> enter = Combinators.combine(official, member, Arbitraries.integers().between(0, 2))
                .as(Enter::new);
        Arbitrary<Request> withdraw = Combinators.combine(official, pick).as(Withdraw::new);
        Arbitrary<Request> form = Combinators.combine(official, Arbitraries.integers().between(3, EVENTS - 1),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 4).list().ofMinSize(1)
                        .ofMaxSize(4)).as(FormTeam::new);
        Arbitrary<Request> join = Combinators.combine(official, pick, member).as(Join::new);
        Arbitrary<Request> leave = Combinators.combine(official, pick, pick).as(Leave::new);
        Arbitrary<Request> disband = Combinators.combine(official, pick).as(Disband::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(6, enter), Tuple.of(2, withdraw), Tuple.of(3, form), Tuple.of(2, join),
                        Tuple.of(2, leave), Tuple.of(1, disband))
                .list().ofMinSize(20).ofMaxSize(80);
    }
}
