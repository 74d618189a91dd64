package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlFilter;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.eligibility.EventCandidate;
import org.kalamela.domain.festival.eligibility.FestivalMember;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.eligibility.MemberEntries;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * The registry's members (V2's {@code members}, V1's {@code units} and {@code districts}) as the festival
 * sees them, joined with the edition's exclusions; every lookup is one query, the candidates of an event
 * with what each already has in the edition too.
 */
@ApplicationScoped
public class PostgresFestivalMemberDirectory implements FestivalMemberDirectory {

    private static final String MEMBER_COLUMNS = "m.id, m.gender, m.date_of_birth, x.id IS NOT NULL, u.district_id,"
            + " m.unit_id, m.name, u.name, d.name";
    private static final String MEMBERS = " FROM members m JOIN units u ON u.id = m.unit_id"
            + " JOIN districts d ON d.id = u.district_id"
            + " LEFT JOIN festival_exclusions x ON x.member_id = m.id AND x.edition_year = :edition";

    private final EntityManager em;

    @Inject
    public PostgresFestivalMemberDirectory(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<FestivalMember> find(EditionYear edition, MemberId member) {
        return members(edition, " WHERE m.id = :member", "member", member.value()).stream().findFirst();
    }

    @Override
    public List<FestivalMember> findAll(EditionYear edition, Set<MemberId> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        return members(edition, " WHERE m.id IN (:members)", "members",
                members.stream().map(MemberId::value).toList());
    }

    @Override
    public Optional<DistrictId> districtOfUnit(UnitId unit) {
        return em.createNativeQuery("SELECT district_id FROM units WHERE id = ?1")
                .setParameter(1, unit.value())
                .getResultList().stream()
                .findFirst()
                .map(id -> DistrictId.of(Columns.number(id)));
    }

    @Override
    public Optional<String> districtName(DistrictId district) {
        return em.createNativeQuery("SELECT name FROM districts WHERE id = ?1")
                .setParameter(1, district.value())
                .getResultList().stream()
                .findFirst()
                .map(Columns::text);
    }

    /**
     * One query: the district's members with, from correlated subqueries on indexed columns, whether each is
     * entered in the event (individually or in a team) and how many individual events they are entered in.
     */
    @Override
    public List<EventCandidate> candidates(EditionYear edition, EventId event, DistrictId district,
                                           Optional<UnitId> unit) {
        SqlFilter where = new SqlFilter()
                .with(district.value(), "u.district_id = :district", "district")
                .with(unit.map(UnitId::value).orElse(null), "m.unit_id = :unit", "unit");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery("SELECT " + MEMBER_COLUMNS + """
                        , EXISTS (SELECT 1 FROM individual_entries ie
                                  WHERE ie.event_id = :event AND ie.member_id = m.id)
                          OR EXISTS (SELECT 1 FROM team_members tm WHERE tm.event_id = :event AND tm.member_id = m.id),
                          (SELECT count(*) FROM individual_entries c WHERE c.edition_year = :edition
                              AND c.member_id = m.id)""" + MEMBERS + where.where() + " ORDER BY u.name, m.name, m.id"))
                .setParameter("edition", edition.value())
                .setParameter("event", event.value())
                .getResultList();
        return rows.stream()
                .map(row -> new EventCandidate(member(row), new MemberEntries(Columns.flag(row[9]),
                        Columns.integer(row[10]))))
                .toList();
    }

    private List<FestivalMember> members(EditionYear edition, String where, String parameter, Object value) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + MEMBER_COLUMNS + MEMBERS + where)
                .setParameter("edition", edition.value())
                .setParameter(parameter, value)
                .getResultList();
        return rows.stream().map(PostgresFestivalMemberDirectory::member).toList();
    }

    private static FestivalMember member(Object[] row) {
        Candidate candidate = new Candidate(MemberId.of(Columns.number(row[0])),
                Gender.valueOf(Columns.text(row[1]).trim()), Columns.date(row[2]),
                Columns.flag(row[3]), DistrictId.of(Columns.number(row[4])),
                UnitId.of(Columns.number(row[5])));
        return new FestivalMember(candidate, Columns.text(row[6]), Columns.text(row[7]),
                Columns.text(row[8]));
    }
}
