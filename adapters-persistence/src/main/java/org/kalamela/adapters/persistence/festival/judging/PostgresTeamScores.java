package org.kalamela.adapters.persistence.festival.judging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamScores;

/** A team is scored when a judge has marked its code letter, or a result counts it: one statement. */
@ApplicationScoped
public class PostgresTeamScores implements TeamScores {

    private final EntityManager em;

    @Inject
    public PostgresTeamScores(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean hasScores(TeamId team) {
        return Columns.flag(em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM draw_appearances a
                                       JOIN sheet_marks m ON m.event_id = a.event_id AND m.code_letter = a.code_letter
                                       WHERE a.team_id = ?1)
                            OR EXISTS (SELECT 1 FROM entry_results WHERE team_id = ?1)""")
                .setParameter(1, team.value()).getSingleResult());
    }
}
