package org.kalamela.application.festival;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kalamela.application.export.AuditedExport;
import org.kalamela.application.festival.chest.AssignChestNumbers;
import org.kalamela.application.festival.chest.AssignChestNumbersFromCommandLine;
import org.kalamela.application.festival.chest.ChestNumberAllocation;
import org.kalamela.application.festival.chest.EditChestNumber;
import org.kalamela.application.festival.chest.ExportChestNumbers;
import org.kalamela.application.festival.chest.PrintChestNumberCards;
import org.kalamela.application.festival.edition.ChangeEditionRules;
import org.kalamela.application.festival.edition.ChangeRegistrationWindow;
import org.kalamela.application.festival.edition.CreateEdition;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.edition.ListEditions;
import org.kalamela.application.festival.edition.MarkCurrentEdition;
import org.kalamela.application.festival.edition.CurrentEditionCache;
import org.kalamela.application.festival.edition.ShowCurrentEdition;
import org.kalamela.application.festival.edition.ShowKnownCurrentEdition;
import org.kalamela.application.festival.eligibility.ListEligibleMembers;
import org.kalamela.application.festival.entry.EntryLookup;
import org.kalamela.application.festival.entry.ExportEventEntries;
import org.kalamela.application.festival.entry.ListAllEntries;
import org.kalamela.application.festival.entry.ListDistrictEntries;
import org.kalamela.application.festival.entry.RegisterIndividualEntry;
import org.kalamela.application.festival.entry.RegisteredEntry;
import org.kalamela.application.festival.entry.RemoveIndividualEntry;
import org.kalamela.application.festival.entry.ShowEventsOverview;
import org.kalamela.application.festival.entry.ShowIndividualEntry;
import org.kalamela.application.festival.event.CreateEvent;
import org.kalamela.application.festival.event.DeleteEvent;
import org.kalamela.application.festival.event.EditEvent;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.application.festival.event.ImportEvents;
import org.kalamela.application.festival.event.ListEvents;
import org.kalamela.application.festival.event.PatchEvent;
import org.kalamela.application.festival.exclusion.ExcludeMember;
import org.kalamela.application.festival.exclusion.ListExclusions;
import org.kalamela.application.festival.exclusion.ReincludeMember;
import org.kalamela.application.festival.fakes.FestivalFakes;
import org.kalamela.application.festival.team.AddTeamMembers;
import org.kalamela.application.festival.team.EditTeamCode;
import org.kalamela.application.festival.team.ListAllTeams;
import org.kalamela.application.festival.team.RegisterTeam;
import org.kalamela.application.festival.team.RemoveTeam;
import org.kalamela.application.festival.team.RemoveTeamMembers;
import org.kalamela.application.festival.team.ShowDistrictTeam;
import org.kalamela.application.festival.team.TeamLookup;
import org.kalamela.application.festival.team.TeamNumbers;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.application.shared.fakes.ManualChangeSignals;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.ShortCodePolicy;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * The festival's use cases wired to fresh in-memory fakes, with the 2026 edition current and open around
 * {@link #NOW}, two districts with units, an admin and one official per district. Members and events are
 * added by each test.
 */
public final class FestivalWorld {

    public static final Instant NOW = Instant.parse("2025-11-15T10:00:00Z");
    public static final EditionYear YEAR = EditionYear.of(2026);
    public static final RegistrationWindow WINDOW =
            new RegistrationWindow(NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30)));
    public static final LocalDate JUNIOR_DOB = LocalDate.of(2008, 3, 1);
    public static final LocalDate SENIOR_DOB = LocalDate.of(1998, 5, 5);
    public static final LocalDate TOO_OLD_DOB = LocalDate.of(1985, 1, 1);

    public final FestivalFakes fakes = new FestivalFakes();
    public final TestClock clock = new TestClock(NOW);

    public final DistrictId district = fakes.registry.addDistrict("Kottayam");
    public final DistrictId otherDistrict = fakes.registry.addDistrict("Kollam");
    public final UnitId unit = fakes.registry.addUnit(district, "Ascension");
    public final UnitId secondUnit = fakes.registry.addUnit(district, "Bethel");
    public final UnitId otherDistrictUnit = fakes.registry.addUnit(otherDistrict, "Carmel");

    public final Actor admin = new Actor(AccountId.of(1), "admin", Role.ADMIN, null, null);
    public final Actor official = new Actor(AccountId.of(2), "official-kottayam", Role.DISTRICT_OFFICIAL,
            district, null);
    public final Actor otherOfficial = new Actor(AccountId.of(3), "official-kollam", Role.DISTRICT_OFFICIAL,
            otherDistrict, null);

    public final ManualChangeSignals signals = new ManualChangeSignals();
    public final EventLookup eventLookup = new EventLookup(fakes.events, signals);
    public final TeamLookup teamLookup = new TeamLookup(fakes.teams, fakes.events);
    public final EntryLookup entryLookup = new EntryLookup(fakes.entries);
    public final ChestNumberAllocation chestNumberAllocation =
            new ChestNumberAllocation(fakes.chestNumbers, fakes.chestNumberSequence);
    public final TeamNumbers teamNumbers = new TeamNumbers(fakes.teamNumberSequence, fakes.teams);

    public final CreateEdition createEdition = new CreateEdition(fakes.editions, fakes.audit, clock);
    public final ChangeEditionRules changeEditionRules = new ChangeEditionRules(fakes.editions, fakes.audit, clock);
    public final ChangeRegistrationWindow changeRegistrationWindow =
            new ChangeRegistrationWindow(fakes.editions, fakes.draws, fakes.audit, clock);
    public final MarkCurrentEdition markCurrentEdition = new MarkCurrentEdition(fakes.editions, fakes.audit, clock);
    public final ListEditions listEditions = new ListEditions(fakes.editions);
    public final CurrentEditionCache currentEditionCache = new CurrentEditionCache(fakes.editions, signals);
    public final CurrentEdition currentEdition = new CurrentEdition(fakes.editions, currentEditionCache);
    public final ShowCurrentEdition showCurrentEdition = new ShowCurrentEdition(currentEditionCache);
    public final ShowKnownCurrentEdition showKnownCurrentEdition = new ShowKnownCurrentEdition(currentEditionCache);

    public final CreateEvent createEvent = new CreateEvent(fakes.events, fakes.editions, fakes.audit, clock);
    public final EditEvent editEvent = new EditEvent(fakes.events, fakes.entries, fakes.teams, fakes.audit, clock);
    public final PatchEvent patchEvent = new PatchEvent(fakes.events, fakes.entries, fakes.teams, fakes.audit, clock);
    public final DeleteEvent deleteEvent =
            new DeleteEvent(fakes.events, fakes.entries, fakes.teams, fakes.audit, clock);
    public final ListEvents listEvents = new ListEvents(fakes.events, currentEdition);
    public final ImportEvents importEvents = new ImportEvents(fakes.events, fakes.editions, fakes.audit, clock);

    public final RegisterIndividualEntry registerEntry = new RegisterIndividualEntry(currentEdition, eventLookup,
            fakes.members, fakes.entries, fakes.locks, chestNumberAllocation, clock);
    public final RemoveIndividualEntry removeEntry =
            new RemoveIndividualEntry(currentEdition, entryLookup, fakes.entries, fakes.scores, clock);
    public final ShowIndividualEntry showEntry =
            new ShowIndividualEntry(currentEdition, entryLookup, fakes.chestNumbers);
    public final ListEligibleMembers listEligibleMembers =
            new ListEligibleMembers(currentEdition, eventLookup, fakes.members, clock);
    public final ShowEventsOverview showEventsOverview =
            new ShowEventsOverview(currentEdition, fakes.overview, clock);
    public final ListDistrictEntries listDistrictEntries =
            new ListDistrictEntries(currentEdition, fakes.entryList, fakes.teamList);
    public final ListAllEntries listAllEntries = new ListAllEntries(currentEdition, fakes.entryList);
    public final ListAllTeams listAllTeams = new ListAllTeams(currentEdition, fakes.teamList);
    public final ExcludeMember excludeMember =
            new ExcludeMember(fakes.exclusions, fakes.members, currentEdition, fakes.audit, clock);
    public final ReincludeMember reincludeMember = new ReincludeMember(fakes.exclusions, fakes.audit, clock);
    public final ListExclusions listExclusions = new ListExclusions(fakes.exclusions, currentEdition);
    public final AuditedExport exports = new AuditedExport(fakes.spreadsheets, fakes.audit, clock);
    public final ExportEventEntries exportEventEntries = new ExportEventEntries(fakes.entryExport, exports,
            currentEdition, eventLookup, fakes.members);

    public final AssignChestNumbers assignChestNumbers = new AssignChestNumbers(fakes.chestNumbers,
            chestNumberAllocation, currentEdition, fakes.audit, clock);
    public final AssignChestNumbersFromCommandLine assignChestNumbersFromCommandLine =
            new AssignChestNumbersFromCommandLine(fakes.chestNumbers, chestNumberAllocation, currentEdition,
                    fakes.audit, clock);
    public final EditChestNumber editChestNumber = new EditChestNumber(fakes.chestNumbers, fakes.members,
            fakes.locks, currentEdition, fakes.audit, clock);
    public final ExportChestNumbers exportChestNumbers = new ExportChestNumbers(fakes.chestNumberList, exports,
            currentEdition);
    public final PrintChestNumberCards printChestNumberCards = new PrintChestNumberCards(fakes.chestNumberList,
            fakes.documents, currentEdition, fakes.members, fakes.audit, clock);

    public final RegisterTeam registerTeam = new RegisterTeam(currentEdition, eventLookup, fakes.members,
            fakes.teams, teamNumbers, fakes.locks, clock);
    public final AddTeamMembers addTeamMembers = new AddTeamMembers(currentEdition, teamLookup, eventLookup,
            fakes.members, fakes.teams, fakes.locks, clock);
    public final RemoveTeamMembers removeTeamMembers = new RemoveTeamMembers(currentEdition, teamLookup,
            eventLookup, fakes.teams, fakes.scores, fakes.locks, clock);
    public final RemoveTeam removeTeam = new RemoveTeam(currentEdition, teamLookup, fakes.teams, fakes.scores, clock);
    public final ShowDistrictTeam showTeam = new ShowDistrictTeam(currentEdition, teamLookup);
    public final EditTeamCode editTeamCode = new EditTeamCode(fakes.teams, fakes.events, fakes.audit, clock);

    private int memberCount;

    public FestivalWorld() {
        this(FestivalRules.defaults2026());
    }

    public FestivalWorld(FestivalRules rules) {
        fakes.editions.create(new Edition(YEAR, rules, WINDOW));
        fakes.editions.markCurrent(YEAR);
    }

    public Edition edition() {
        return fakes.editions.findByYear(YEAR).orElseThrow();
    }

    public MemberId member(UnitId unitId, Gender gender, LocalDate dateOfBirth) {
        memberCount++;
        return fakes.registry.addMember(unitId, String.format("Member %03d", memberCount), gender, dateOfBirth);
    }

    public MemberId member(UnitId unitId, String name, Gender gender, LocalDate dateOfBirth) {
        return fakes.registry.addMember(unitId, name, gender, dateOfBirth);
    }

    public MemberId junior() {
        return member(unit, Gender.M, JUNIOR_DOB);
    }

    public MemberId senior() {
        return member(unit, Gender.F, SENIOR_DOB);
    }

    public List<MemberId> juniors(UnitId unitId, int count) {
        return IntStream.range(0, count).mapToObj(i -> member(unitId, Gender.M, JUNIOR_DOB)).toList();
    }

    public FestivalEvent individualEvent(String name) {
        return individualEvent(name, null, null);
    }

    public FestivalEvent individualEvent(String name, Gender gender, Seniority seniority) {
        return addEvent(name, EventKind.INDIVIDUAL, gender, seniority, Optional.empty());
    }

    public FestivalEvent groupEvent(String name, int minMembers, int maxMembers, int teamsPerUnit) {
        return addEvent(name, EventKind.GROUP, null, null,
                Optional.of(new TeamFormat(minMembers, maxMembers, teamsPerUnit)));
    }

    public RegisteredEntry enter(Actor actor, MemberId member, FestivalEvent event) {
        return registerEntry.execute(new RegisterIndividualEntry.Command(event.id(), member), actor);
    }

    public Team team(Actor actor, FestivalEvent event, UnitId unitId, List<MemberId> members) {
        return registerTeam.execute(new RegisterTeam.Command(event.id(), unitId, members), actor);
    }

    public void closeRegistration() {
        clock.set(WINDOW.closes());
    }

    private FestivalEvent addEvent(String name, EventKind kind, Gender gender, Seniority seniority,
                                   Optional<TeamFormat> format) {
        Set<ShortCode> taken = fakes.events.findByEdition(YEAR).stream().map(FestivalEvent::shortCode)
                .collect(Collectors.toCollection(HashSet::new));
        ShortCode code = new ShortCodePolicy().defaultFor(name, taken);
        return fakes.events.create(new NewFestivalEvent(YEAR, name, kind, EventCategory.MUSIC,
                Optional.ofNullable(gender), Optional.ofNullable(seniority), true, true, code, format));
    }
}
