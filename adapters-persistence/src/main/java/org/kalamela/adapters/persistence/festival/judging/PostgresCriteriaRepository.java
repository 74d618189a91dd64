package org.kalamela.adapters.persistence.festival.judging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.adapters.persistence.shared.SqlArrays;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.Criterion;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * An event's criteria in {@code event_criteria}, numbered by {@code position}; replaced whole in two
 * statements. Marks refer to their criterion ({@code sheet_marks_criterion_fk}), which backs
 * {@code CRITERIA_LOCKED}.
 */
@ApplicationScoped
public class PostgresCriteriaRepository implements CriteriaRepository {

    private final EntityManager em;

    @Inject
    public PostgresCriteriaRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<EventCriteria> find(EventId event) {
        List<Criterion> criteria = em.createNativeQuery(
                        "SELECT name, max_mark FROM event_criteria WHERE event_id = ?1 ORDER BY position")
                .setParameter(1, event.value()).getResultList().stream()
                .map(row -> criterion((Object[]) row)).toList();
        return criteria.isEmpty() ? Optional.empty() : Optional.of(new EventCriteria(criteria));
    }

    private static Criterion criterion(Object[] row) {
        return new Criterion(Columns.text(row[0]), (BigDecimal) row[1]);
    }

    @Override
    public void replace(EventId event, EventCriteria criteria) {
        SchemaConstraints.deleting(() -> em.createNativeQuery("DELETE FROM event_criteria WHERE event_id = ?1")
                        .setParameter(1, event.value()).executeUpdate(),
                () -> new RuleViolation(ErrorCode.CRITERIA_LOCKED,
                        "Marks exist for this event: its criteria no longer change"));
        List<Criterion> list = criteria.criteria();
        em.createNativeQuery("""
                        INSERT INTO event_criteria (event_id, position, name, max_mark)
                        SELECT ?1, c.position, c.name, c.max_mark
                        FROM unnest(cast(?2 AS text[]), cast(?3 AS numeric[])) WITH ORDINALITY
                            AS c (name, max_mark, position)""")
                .setParameter(1, event.value())
                .setParameter(2, SqlArrays.of(list.stream().map(Criterion::name).toList()))
                .setParameter(3, SqlArrays.of(list.stream().map(c -> c.maximum().toPlainString()).toList()))
                .executeUpdate();
    }
}
