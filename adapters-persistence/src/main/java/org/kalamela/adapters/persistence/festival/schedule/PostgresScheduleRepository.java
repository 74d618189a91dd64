package org.kalamela.adapters.persistence.festival.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.ScheduledEvent;
import org.kalamela.domain.festival.schedule.StageId;

/**
 * The plan in {@code scheduled_events}, one row per scheduled event, and its version in
 * {@code schedule_versions}, raised by one upsert per change (the row lock orders concurrent changes).
 */
@ApplicationScoped
public class PostgresScheduleRepository implements ScheduleRepository {

    private final ScheduledEventPanacheRepository scheduled;

    @Inject
    PostgresScheduleRepository(ScheduledEventPanacheRepository scheduled) {
        this.scheduled = scheduled;
    }

    @Override
    public void save(ScheduledEvent event) {
        ScheduledEventEntity entity = scheduled.findByIdOptional(event.event().value())
                .orElseGet(ScheduledEventEntity::new);
        boolean isNew = entity.eventId == null;
        ScheduledEventMapper.copy(event, entity);
        if (isNew) {
            scheduled.persist(entity);
        }
        SchemaConstraints.flush(scheduled.getEntityManager());
    }

    @Override
    public void remove(EventId event) {
        scheduled.deleteById(event.value());
        scheduled.flush();
    }

    @Override
    public Optional<ScheduledEvent> find(EventId event) {
        return scheduled.findByIdOptional(event.value()).map(ScheduledEventMapper::toDomain);
    }

    @Override
    public boolean isScheduledOn(StageId stage) {
        return scheduled.count("stageId", stage.value()) > 0;
    }

    @Override
    public long version(EditionYear edition) {
        List<?> rows = scheduled.getEntityManager()
                .createNativeQuery("SELECT version FROM schedule_versions WHERE edition_year = ?1")
                .setParameter(1, edition.value())
                .getResultList();
        return rows.isEmpty() ? 0L : Columns.number(rows.get(0));
    }

    @Override
    public void markChanged(EditionYear edition) {
        scheduled.getEntityManager().createNativeQuery("""
                        INSERT INTO schedule_versions (edition_year, version) VALUES (?1, 1)
                        ON CONFLICT (edition_year) DO UPDATE SET version = schedule_versions.version + 1""")
                .setParameter(1, edition.value())
                .executeUpdate();
    }
}
