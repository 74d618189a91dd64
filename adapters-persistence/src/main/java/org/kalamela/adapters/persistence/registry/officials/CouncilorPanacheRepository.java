package org.kalamela.adapters.persistence.registry.officials;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code councilors}, for {@link PostgresCouncilorRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class CouncilorPanacheRepository implements PanacheRepositoryBase<CouncilorEntity, Long> {
}
