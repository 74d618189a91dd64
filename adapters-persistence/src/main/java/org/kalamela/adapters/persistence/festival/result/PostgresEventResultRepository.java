package org.kalamela.adapters.persistence.festival.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.adapters.persistence.shared.SqlArrays;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.festival.result.Grade;
import org.kalamela.domain.festival.result.Publication;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Event results in {@code event_results} (one upsert) and entry results in {@code entry_results}, replaced
 * as a whole event in two statements: the computed marks, grades, ranks and points go in as arrays, and the
 * member, unit and district of each entry or team are joined in by the same statement, so computing or
 * recomputing an event costs the same round trips for 3 entries or 300.
 */
@ApplicationScoped
public class PostgresEventResultRepository implements EventResultRepository {

    private final EntityManager em;

    @Inject
    public PostgresEventResultRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<EventResult> find(EventId event) {
        List<?> rows = em.createNativeQuery("""
                        SELECT edition_year, state, revision, tabulated_at, result_number, first_published_at,
                               published_at, published_by
                        FROM event_results WHERE event_id = ?1""")
                .setParameter(1, event.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        Optional<Publication> publication = r[4] == null ? Optional.empty()
                : Optional.of(new Publication(Columns.integer(r[4]), Columns.instant(r[5]), Columns.instant(r[6]),
                        AccountId.of(Columns.number(r[7]))));
        return Optional.of(new EventResult(event, EditionYear.of(Columns.integer(r[0])),
                EventResultState.valueOf(Columns.text(r[1])), Columns.integer(r[2]),
                Optional.ofNullable(r[3]).map(Columns::instant), publication));
    }

    @Override
    public void save(EventResult result) {
        Optional<Publication> p = result.publication();
        SchemaConstraints.writing(() -> em.createNativeQuery("""
                        INSERT INTO event_results (event_id, edition_year, state, revision, tabulated_at,
                                                   result_number, first_published_at, published_at, published_by)
                        VALUES (?1, ?2, ?3, ?4, cast(?5 AS timestamptz), cast(?6 AS integer),
                                cast(?7 AS timestamptz), cast(?8 AS timestamptz), cast(?9 AS bigint))
                        ON CONFLICT (event_id) DO UPDATE SET state = EXCLUDED.state, revision = EXCLUDED.revision,
                            tabulated_at = EXCLUDED.tabulated_at, result_number = EXCLUDED.result_number,
                            first_published_at = EXCLUDED.first_published_at, published_at = EXCLUDED.published_at,
                            published_by = EXCLUDED.published_by""")
                .setParameter(1, result.event().value())
                .setParameter(2, result.edition().value())
                .setParameter(3, result.state().name())
                .setParameter(4, result.revision())
                .setParameter(5, optionalText(result.tabulatedAt().map(Object::toString)))
                .setParameter(6, optionalText(p.map(x -> Integer.toString(x.resultNumber()))))
                .setParameter(7, optionalText(p.map(x -> x.firstPublishedAt().toString())))
                .setParameter(8, optionalText(p.map(x -> x.publishedAt().toString())))
                .setParameter(9, optionalText(p.map(x -> x.publishedBy().toString())))
                .executeUpdate());
    }

    @Override
    public void replaceEntries(EventResult result, List<EntryResult> entries) {
        em.createNativeQuery("DELETE FROM entry_results WHERE event_id = ?1")
                .setParameter(1, result.event().value()).executeUpdate();
        if (entries.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO entry_results (event_id, edition_year, code_letter, individual_entry_id, team_id,
                                                   member_id, unit_id, district_id, mark, grade, grade_points, rank,
                                                   rank_points, points)
                        SELECT a.event_id, ?2, a.code_letter, a.individual_entry_id, a.team_id, ie.member_id,
                               coalesce(m.unit_id, t.unit_id), coalesce(ie.district_id, t.district_id),
                               r.mark, r.grade, r.grade_points, r.rank, r.rank_points, r.points
                        FROM unnest(cast(?3 AS text[]), cast(?4 AS numeric[]), cast(?5 AS text[]),
                                    cast(?6 AS integer[]), cast(?7 AS integer[]), cast(?8 AS integer[]),
                                    cast(?9 AS integer[]))
                            AS r (code_letter, mark, grade, grade_points, rank, rank_points, points)
                        JOIN draw_appearances a ON a.event_id = ?1 AND a.code_letter = r.code_letter
                        LEFT JOIN individual_entries ie ON ie.id = a.individual_entry_id
                        LEFT JOIN members m ON m.id = ie.member_id
                        LEFT JOIN teams t ON t.id = a.team_id""")
                .setParameter(1, result.event().value())
                .setParameter(2, result.edition().value())
                .setParameter(3, SqlArrays.of(entries.stream().map(e -> e.codeLetter().value()).toList()))
                .setParameter(4, SqlArrays.of(entries.stream().map(e -> e.mark().toPlainString()).toList()))
                .setParameter(5, SqlArrays.of(entries.stream().map(e -> e.grade().letter().orElse(null)).toList()))
                .setParameter(6, SqlArrays.of(entries.stream().map(e -> e.grade().points()).toList()))
                .setParameter(7, SqlArrays.of(entries.stream().map(EntryResult::rank).toList()))
                .setParameter(8, SqlArrays.of(entries.stream().map(EntryResult::rankPoints).toList()))
                .setParameter(9, SqlArrays.of(entries.stream().map(EntryResult::points).toList()))
                .executeUpdate();
    }

    @Override
    public List<EntryResult> entries(EventId event) {
        return em.createNativeQuery("""
                        SELECT code_letter, individual_entry_id, team_id, mark, grade, grade_points, rank,
                               rank_points, points
                        FROM entry_results WHERE event_id = ?1 ORDER BY length(code_letter), code_letter""")
                .setParameter(1, event.value()).getResultList().stream()
                .map(row -> entry((Object[]) row)).toList();
    }

    /**
     * A value that may be missing, bound as text so PostgreSQL knows the type of a NULL; the statement casts
     * it to the column's type.
     */
    private static TypedParameterValue<String> optionalText(Optional<String> value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value.orElse(null));
    }

    private static EntryResult entry(Object[] r) {
        Performer performer = r[1] != null ? Performer.entry(IndividualEntryId.of(Columns.number(r[1])))
                : Performer.team(TeamId.of(Columns.number(r[2])));
        Grade grade = r[4] == null ? Grade.NONE : Grade.of(Columns.text(r[4]), Columns.integer(r[5]));
        return new EntryResult(new CodeLetter(Columns.text(r[0])), performer, (BigDecimal) r[3], grade,
                Columns.integer(r[6]), Columns.integer(r[7]), Columns.integer(r[8]));
    }
}
