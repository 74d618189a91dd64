package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.festival.query.DrawnPerformerRow;
import org.kalamela.application.festival.query.JudgingReader;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The admin's view of an event's judging from V8's draw and panel tables: each method one statement, whatever
 * the number of entries (a team's member names are aggregated in the same statement).
 */
@ApplicationScoped
public class PostgresJudgingReader implements JudgingReader {

    private final EntityManager em;

    @Inject
    public PostgresJudgingReader(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DrawnPerformerRow> performers(EventId event) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.code_letter, c.number, t.code_prefix || '-' || t.team_number,
                               COALESCE(m.name, tm.names), u.name, d.name
                        FROM draw_appearances a
                        LEFT JOIN individual_entries ie ON ie.id = a.individual_entry_id
                        LEFT JOIN members m ON m.id = ie.member_id
                        LEFT JOIN chest_numbers c ON c.edition_year = ie.edition_year AND c.member_id = ie.member_id
                            AND c.is_current
                        LEFT JOIN teams t ON t.id = a.team_id
                        LEFT JOIN LATERAL (
                            SELECT string_agg(mm.name, ', ' ORDER BY mm.name) AS names
                            FROM team_members x JOIN members mm ON mm.id = x.member_id
                            WHERE x.team_id = t.id) tm ON TRUE
                        LEFT JOIN units u ON u.id = COALESCE(m.unit_id, t.unit_id)
                        LEFT JOIN districts d ON d.id = COALESCE(ie.district_id, t.district_id)
                        WHERE a.event_id = ?1
                        ORDER BY a.position""")
                .setParameter(1, event.value()).getResultList();
        return rows.stream().map(r -> new DrawnPerformerRow(new CodeLetter(Columns.text(r[0])),
                Columns.optionalInteger(r[1]), Columns.text(r[2]), Columns.text(r[3]), Columns.text(r[4]),
                Columns.text(r[5]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<AccountId, String> judgeNames(EventId event) {
        Map<AccountId, String> names = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        SELECT s.judge_id, a.display_name FROM judge_sheets s JOIN accounts a ON a.id = s.judge_id
                        WHERE s.event_id = ?1 ORDER BY s.assigned_at, s.judge_id""")
                .setParameter(1, event.value()).getResultList()) {
            names.put(AccountId.of(Columns.number(r[0])), Columns.text(r[1]));
        }
        return names;
    }
}
