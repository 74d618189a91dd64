package org.kalamela.adapters.persistence.identity.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code sessions}, for {@link PostgresSessionRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class SessionPanacheRepository implements PanacheRepositoryBase<SessionEntity, String> {
}
