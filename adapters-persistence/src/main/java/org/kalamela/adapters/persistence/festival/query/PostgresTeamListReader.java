package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.application.festival.query.TeamFilter;
import org.kalamela.application.festival.query.TeamListReader;
import org.kalamela.application.festival.query.TeamMemberRow;
import org.kalamela.application.festival.query.TeamRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Teams with names and members in two queries whatever their number: the teams, then the members of the
 * same teams (by the same filter for a whole list, by the page's team ids for a page), plus a page's total.
 */
@ApplicationScoped
public class PostgresTeamListReader implements TeamListReader {

    private static final String TEAMS = "SELECT t.id, t.code_prefix, t.team_number, t.event_id, e.name, t.unit_id,"
            + " u.name, t.district_id, d.name FROM teams t JOIN festival_events e ON e.id = t.event_id"
            + " JOIN units u ON u.id = t.unit_id JOIN districts d ON d.id = t.district_id";
    private static final String ORDER = " ORDER BY t.event_id, t.team_number";
    private static final String MEMBERS = "SELECT tm.team_id, tm.member_id, m.name FROM team_members tm"
            + " JOIN teams t ON t.id = tm.team_id JOIN members m ON m.id = tm.member_id";
    private static final String MEMBER_ORDER = " ORDER BY m.name, m.id";

    private final EntityManager em;

    @Inject
    public PostgresTeamListReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<TeamRow> find(EditionYear edition, TeamFilter filter, PageRequest page) {
        SqlFilter where = where(edition, filter);
        @SuppressWarnings("unchecked")
        List<Object[]> teams = where.bind(em.createNativeQuery(TEAMS + where.where() + ORDER
                        + " LIMIT :limit OFFSET :offset"))
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        long total = Columns.number(where.bind(em.createNativeQuery("SELECT count(*) FROM teams t"
                + where.where())).getSingleResult());
        SqlFilter ofPage = new SqlFilter().with(teams.stream()
                .map(team -> Columns.number(team[0])).toList(), "t.id IN (:teams)", "teams");
        return Page.of(rows(teams, teams.isEmpty() ? List.of() : members(ofPage)), page, total);
    }

    @Override
    public List<TeamRow> findAll(EditionYear edition, TeamFilter filter) {
        SqlFilter where = where(edition, filter);
        @SuppressWarnings("unchecked")
        List<Object[]> teams = where.bind(em.createNativeQuery(TEAMS + where.where() + ORDER)).getResultList();
        return rows(teams, members(where));
    }

    private static SqlFilter where(EditionYear edition, TeamFilter filter) {
        return new SqlFilter()
                .with(edition.value(), "t.edition_year = :edition", "edition")
                .with(filter.districtId() == null ? null : filter.districtId().value(), "t.district_id = :district",
                        "district")
                .with(filter.unitId() == null ? null : filter.unitId().value(), "t.unit_id = :unit", "unit")
                .with(filter.eventId() == null ? null : filter.eventId().value(), "t.event_id = :event", "event");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> members(SqlFilter where) {
        return where.bind(em.createNativeQuery(MEMBERS + where.where() + MEMBER_ORDER)).getResultList();
    }

    private static List<TeamRow> rows(List<Object[]> teams, List<Object[]> members) {
        Map<Long, List<TeamMemberRow>> byTeam = new HashMap<>();
        for (Object[] member : members) {
            byTeam.computeIfAbsent(Columns.number(member[0]), team -> new ArrayList<>())
                    .add(new TeamMemberRow(MemberId.of(Columns.number(member[1])),
                            Columns.text(member[2])));
        }
        return teams.stream().map(team -> new TeamRow(TeamId.of(Columns.number(team[0])),
                        new TeamCode(new ShortCode(Columns.text(team[1])), Columns.integer(team[2])),
                        EventId.of(Columns.number(team[3])), Columns.text(team[4]),
                        UnitId.of(Columns.number(team[5])), Columns.text(team[6]),
                        DistrictId.of(Columns.number(team[7])), Columns.text(team[8]),
                        byTeam.getOrDefault(Columns.number(team[0]), List.of())))
                .toList();
    }
}
