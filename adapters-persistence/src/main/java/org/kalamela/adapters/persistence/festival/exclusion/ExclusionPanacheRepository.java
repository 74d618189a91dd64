package org.kalamela.adapters.persistence.festival.exclusion;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code festival_exclusions}, for {@link PostgresExclusionRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class ExclusionPanacheRepository implements PanacheRepositoryBase<ExclusionEntity, Long> {
}
