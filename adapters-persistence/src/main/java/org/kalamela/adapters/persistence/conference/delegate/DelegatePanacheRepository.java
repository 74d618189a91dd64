package org.kalamela.adapters.persistence.conference.delegate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code conference_delegates}, for {@link PostgresDelegateRepository} alone: the adapter
 * wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class DelegatePanacheRepository implements PanacheRepositoryBase<DelegateEntity, Long> {
}
