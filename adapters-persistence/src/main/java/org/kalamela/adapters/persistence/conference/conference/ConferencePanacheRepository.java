package org.kalamela.adapters.persistence.conference.conference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code conferences}, for {@link PostgresConferenceRepository} alone: the adapter wraps
 * this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class ConferencePanacheRepository implements PanacheRepositoryBase<ConferenceEntity, Long> {
}
