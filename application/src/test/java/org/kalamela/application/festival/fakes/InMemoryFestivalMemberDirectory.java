package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.eligibility.EventCandidate;
import org.kalamela.domain.festival.eligibility.FestivalMember;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.eligibility.MemberEntries;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** The registry's members joined with the festival's exclusions, entries and teams, as the SQL joins them. */
public final class InMemoryFestivalMemberDirectory implements FestivalMemberDirectory {

    private final RegistryTables registry;
    private final InMemoryExclusionRepository exclusions;
    private final InMemoryIndividualEntryRepository entries;
    private final InMemoryTeamRepository teams;
    private final InMemoryFestivalEventRepository events;

    public InMemoryFestivalMemberDirectory(RegistryTables registry, InMemoryExclusionRepository exclusions,
                                           InMemoryIndividualEntryRepository entries, InMemoryTeamRepository teams,
                                           InMemoryFestivalEventRepository events) {
        this.registry = registry;
        this.exclusions = exclusions;
        this.entries = entries;
        this.teams = teams;
        this.events = events;
    }

    @Override
    public Optional<FestivalMember> find(EditionYear edition, MemberId member) {
        return registry.member(member).map(found -> toFestivalMember(edition, found));
    }

    @Override
    public List<FestivalMember> findAll(EditionYear edition, Set<MemberId> members) {
        return members.stream().flatMap(id -> find(edition, id).stream()).toList();
    }

    @Override
    public Optional<DistrictId> districtOfUnit(UnitId unit) {
        return registry.unit(unit).map(RegistryTables.Unit::districtId);
    }

    @Override
    public Optional<String> districtName(DistrictId district) {
        return registry.district(district).map(RegistryTables.District::name);
    }

    @Override
    public List<EventCandidate> candidates(EditionYear edition, EventId event, DistrictId district,
                                           Optional<UnitId> unit) {
        FestivalEvent found = events.findById(event).orElseThrow();
        return registry.members().stream()
                .filter(member -> registry.districtOf(member.id()).id().equals(district))
                .filter(member -> unit.map(member.unitId()::equals).orElse(true))
                .sorted(Comparator.<RegistryTables.Member, String>comparing(
                                member -> registry.unitOf(member.id()).name())
                        .thenComparing(RegistryTables.Member::name)
                        .thenComparingLong(member -> member.id().value()))
                .map(member -> new EventCandidate(toFestivalMember(edition, member), new MemberEntries(
                        found.isGroup()
                                ? !teams.alreadyInTeams(event, Set.of(member.id())).isEmpty()
                                : entries.exists(event, member.id()),
                        entries.countForMember(edition, member.id()))))
                .toList();
    }

    private FestivalMember toFestivalMember(EditionYear edition, RegistryTables.Member member) {
        RegistryTables.Unit unit = registry.unitOf(member.id());
        RegistryTables.District district = registry.districtOf(member.id());
        Candidate candidate = new Candidate(member.id(), member.gender(), member.dateOfBirth(),
                exclusions.findByMember(edition, member.id()).isPresent(), district.id(), unit.id());
        return new FestivalMember(candidate, member.name(), unit.name(), district.name());
    }
}
