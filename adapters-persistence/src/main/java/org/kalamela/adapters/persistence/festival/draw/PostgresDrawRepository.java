package org.kalamela.adapters.persistence.festival.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.adapters.persistence.shared.SqlArrays;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Draws in {@code event_draws} and their places in {@code draw_appearances}, written as one batch: a draw is
 * replaced whole (three statements whatever the number of entries). A draw whose code letters already carry
 * marks cannot be deleted ({@code sheet_marks_appearance_fk}), which backs {@code DRAW_LOCKED}.
 */
@ApplicationScoped
public class PostgresDrawRepository implements DrawRepository {

    private final EntityManager em;

    @Inject
    public PostgresDrawRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Draw> find(EventId event) {
        List<?> heads = em.createNativeQuery(
                        "SELECT edition_year, seed, drawn_by, drawn_at FROM event_draws WHERE event_id = ?1")
                .setParameter(1, event.value()).getResultList();
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Object[] head = (Object[]) heads.get(0);
        List<Appearance> appearances = em.createNativeQuery("""
                        SELECT position, code_letter, individual_entry_id, team_id FROM draw_appearances
                        WHERE event_id = ?1 ORDER BY position""")
                .setParameter(1, event.value()).getResultList().stream()
                .map(row -> appearance((Object[]) row)).toList();
        return Optional.of(new Draw(event, EditionYear.of(Columns.integer(head[0])), new DrawSeed(Columns.text(head[1])),
                AccountId.of(Columns.number(head[2])), Columns.instant(head[3]), appearances));
    }

    /** Marks need their code letter's draw ({@code sheet_marks_appearance_fk}), so the draws are where to look. */
    @Override
    public boolean anyMarked(EditionYear edition) {
        return Columns.flag(em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM event_draws d WHERE d.edition_year = ?1
                                       AND EXISTS (SELECT 1 FROM sheet_marks m WHERE m.event_id = d.event_id))""")
                .setParameter(1, edition.value()).getSingleResult());
    }

    @Override
    public void replace(Draw draw) {
        SchemaConstraints.deleting(() -> em.createNativeQuery("DELETE FROM event_draws WHERE event_id = ?1")
                        .setParameter(1, draw.event().value()).executeUpdate(),
                () -> new RuleViolation(ErrorCode.DRAW_LOCKED,
                        "Marks exist for this event: its order of appearance can no longer be drawn again"));
        em.createNativeQuery("""
                        INSERT INTO event_draws (event_id, edition_year, seed, drawn_by, drawn_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, draw.event().value()).setParameter(2, draw.edition().value())
                .setParameter(3, draw.seed().hex()).setParameter(4, draw.drawnBy().value())
                .setParameter(5, draw.drawnAt()).executeUpdate();
        List<Appearance> places = draw.appearances();
        SchemaConstraints.writing(() -> em.createNativeQuery("""
                        INSERT INTO draw_appearances (event_id, position, code_letter, individual_entry_id, team_id)
                        SELECT ?1, p.position, p.code_letter, p.entry_id, p.team_id
                        FROM unnest(cast(?2 AS integer[]), cast(?3 AS text[]), cast(?4 AS bigint[]),
                                    cast(?5 AS bigint[])) AS p (position, code_letter, entry_id, team_id)""")
                .setParameter(1, draw.event().value())
                .setParameter(2, SqlArrays.of(places.stream().map(Appearance::position).toList()))
                .setParameter(3, SqlArrays.of(places.stream().map(a -> a.codeLetter().value()).toList()))
                .setParameter(4, SqlArrays.of(places.stream()
                        .map(a -> a.performer().entry().map(IndividualEntryId::value).orElse(null)).toList()))
                .setParameter(5, SqlArrays.of(places.stream()
                        .map(a -> a.performer().team().map(TeamId::value).orElse(null)).toList()))
                .executeUpdate());
    }

    private static Appearance appearance(Object[] row) {
        Performer performer = row[2] != null ? Performer.entry(IndividualEntryId.of(Columns.number(row[2])))
                : Performer.team(TeamId.of(Columns.number(row[3])));
        return new Appearance(Columns.integer(row[0]), new CodeLetter(Columns.text(row[1])), performer);
    }
}
