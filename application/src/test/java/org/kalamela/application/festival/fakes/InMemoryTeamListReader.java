package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import org.kalamela.application.festival.query.TeamFilter;
import org.kalamela.application.festival.query.TeamListReader;
import org.kalamela.application.festival.query.TeamMemberRow;
import org.kalamela.application.festival.query.TeamRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Teams with names, joined from the other fakes in the order the SQL sorts them. */
public final class InMemoryTeamListReader implements TeamListReader {

    private final InMemoryTeamRepository teams;
    private final InMemoryFestivalEventRepository events;
    private final RegistryTables registry;

    public InMemoryTeamListReader(InMemoryTeamRepository teams, InMemoryFestivalEventRepository events,
                                  RegistryTables registry) {
        this.teams = teams;
        this.events = events;
        this.registry = registry;
    }

    @Override
    public Page<TeamRow> find(EditionYear edition, TeamFilter filter, PageRequest page) {
        return Pages.of(findAll(edition, filter), page);
    }

    @Override
    public List<TeamRow> findAll(EditionYear edition, TeamFilter filter) {
        return teams.all().stream()
                .filter(team -> eventOf(team).edition().equals(edition) && matches(team, filter))
                .sorted(Comparator.<Team>comparingLong(team -> team.eventId().value())
                        .thenComparingInt(team -> team.code().number()))
                .map(this::toRow)
                .toList();
    }

    private FestivalEvent eventOf(Team team) {
        return events.findById(team.eventId()).orElseThrow();
    }

    private static boolean matches(Team team, TeamFilter filter) {
        return (filter.districtId() == null || filter.districtId().equals(team.districtId()))
                && (filter.unitId() == null || filter.unitId().equals(team.unitId()))
                && (filter.eventId() == null || filter.eventId().equals(team.eventId()));
    }

    private TeamRow toRow(Team team) {
        List<TeamMemberRow> members = team.members().stream()
                .map(member -> new TeamMemberRow(member, registry.nameOf(member)))
                .sorted(Comparator.comparing(TeamMemberRow::name).thenComparingLong(row -> row.memberId().value()))
                .toList();
        return new TeamRow(team.id(), team.code(), team.eventId(), eventOf(team).name(), team.unitId(),
                registry.unit(team.unitId()).orElseThrow().name(), team.districtId(),
                registry.district(team.districtId()).orElseThrow().name(), members);
    }
}
