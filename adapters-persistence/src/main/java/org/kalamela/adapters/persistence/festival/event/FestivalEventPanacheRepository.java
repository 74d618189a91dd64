package org.kalamela.adapters.persistence.festival.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code festival_events}, for {@link PostgresFestivalEventRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class FestivalEventPanacheRepository implements PanacheRepositoryBase<FestivalEventEntity, Long> {
}
