package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.festival.query.ParticipantReader;
import org.kalamela.application.festival.query.ParticipantRow;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.team.TeamCode;

/**
 * The public find-participant, one indexed query per lookup in the current edition. The lists (events, team
 * members' names) are aggregated by the query, joined by the unit separator, a control character no stored
 * text holds. Phone numbers and dates of birth are never selected.
 */
@ApplicationScoped
public class PostgresParticipantReader implements ParticipantReader {

    private static final String SEPARATOR = "\u001f";

    private final EntityManager em;

    @Inject
    public PostgresParticipantReader(EntityManager em) {
        this.em = em;
    }

    /** A member's events: their individual entries and the group events of their teams, by name. */
    @Override
    public Optional<ParticipantRow> byChestNumber(ChestNumber number) {
        List<?> rows = em.createNativeQuery("""
                        SELECT m.name, c.number, u.name, d.name,
                               (SELECT string_agg(e.name, chr(31) ORDER BY e.name) FROM festival_events e
                                WHERE e.edition_year = ed.year
                                  AND (e.id IN (SELECT ie.event_id FROM individual_entries ie
                                                WHERE ie.member_id = m.id AND ie.edition_year = ed.year)
                                       OR e.id IN (SELECT tm.event_id FROM team_members tm
                                                   WHERE tm.member_id = m.id)))
                        FROM editions ed
                        JOIN chest_numbers c ON c.edition_year = ed.year AND c.number = :number AND c.is_current
                        JOIN members m ON m.id = c.member_id
                        JOIN units u ON u.id = m.unit_id JOIN districts d ON d.id = u.district_id
                        WHERE ed.is_current""")
                .setParameter("number", number.value())
                .getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(row -> new ParticipantRow(
                List.of(Columns.text(row[0])), Columns.integer(row[1]), null, Columns.text(row[2]),
                Columns.text(row[3]), split(row[4])));
    }

    /** A team's members by name, and its one event. */
    @Override
    public Optional<ParticipantRow> byTeamCode(TeamCode code) {
        List<?> rows = em.createNativeQuery("""
                        SELECT t.code_prefix || '-' || t.team_number, u.name, d.name, e.name,
                               (SELECT string_agg(m.name, chr(31) ORDER BY m.name) FROM team_members tm
                                JOIN members m ON m.id = tm.member_id WHERE tm.team_id = t.id)
                        FROM editions ed
                        JOIN teams t ON t.edition_year = ed.year AND t.code_prefix = :prefix
                            AND t.team_number = :number
                        JOIN festival_events e ON e.id = t.event_id
                        JOIN units u ON u.id = t.unit_id JOIN districts d ON d.id = t.district_id
                        WHERE ed.is_current""")
                .setParameter("prefix", code.eventCode().toString())
                .setParameter("number", code.number())
                .getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(row -> new ParticipantRow(split(row[4]),
                null, Columns.text(row[0]), Columns.text(row[1]), Columns.text(row[2]),
                List.of(Columns.text(row[3]))));
    }

    private static List<String> split(Object aggregated) {
        return aggregated == null ? List.of() : Arrays.asList(Columns.text(aggregated).split(SEPARATOR));
    }
}
