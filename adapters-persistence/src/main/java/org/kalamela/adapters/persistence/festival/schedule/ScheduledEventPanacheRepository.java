package org.kalamela.adapters.persistence.festival.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's queries on {@code scheduled_events}, for {@link PostgresScheduleRepository} alone. */
@ApplicationScoped
class ScheduledEventPanacheRepository implements PanacheRepositoryBase<ScheduledEventEntity, Long> {
}
